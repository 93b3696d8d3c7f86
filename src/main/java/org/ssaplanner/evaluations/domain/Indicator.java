package org.ssaplanner.evaluations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.MeasureValue;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.domain.AuditedEntity;

/** A results indicator of a program (IATI: result indicator), with its baseline and its periods. */
@Entity
@Audited
@Table(name = "evaluation_indicator")
public class Indicator extends AuditedEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "plan_outcome_id")
    private Long planOutcomeId;

    @Column(name = "partner_unit_id")
    private Long partnerUnitId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MetricLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IndicatorMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(name = "unit_of_measure", length = 100)
    private String unitOfMeasure;

    /** Ordinal levels, one per line, lowest first. */
    @Column(name = "ordinal_levels")
    private String ordinalLevels;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_text")
    private String baselineText;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "data_source")
    private String dataSource;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate, endDate, id")
    private List<IndicatorPeriod> periods = new ArrayList<>();

    protected Indicator() {
    }

    public Indicator(long programId) {
        this.programId = programId;
    }

    public void define(String name, String definition, MetricLevel level, IndicatorMeasure measure, Direction direction,
            String unitOfMeasure, List<String> ordinalLevels, String dataSource) {
        this.name = name;
        this.definition = definition;
        this.level = level;
        this.measure = measure;
        this.direction = direction;
        this.unitOfMeasure = unitOfMeasure;
        this.ordinalLevels = ordinalLevels.isEmpty() ? null : String.join("\n", ordinalLevels);
        this.dataSource = dataSource;
    }

    public void link(Long planOutcomeId, Long partnerUnitId) {
        this.planOutcomeId = planOutcomeId;
        this.partnerUnitId = partnerUnitId;
    }

    public void baseline(MeasureValue value, LocalDate date) {
        this.baselineValue = value == null ? null : value.number();
        this.baselineText = value == null ? null : value.text();
        this.baselineDate = date;
    }

    public IndicatorPeriod addPeriod(LocalDate start, LocalDate end, MeasureValue target, MeasureValue actual,
            String comment) {
        IndicatorPeriod period = new IndicatorPeriod(this);
        period.update(start, end, target, actual, comment);
        periods.add(period);
        return period;
    }

    public void removePeriod(IndicatorPeriod period) {
        periods.remove(period);
    }

    public List<IndicatorPeriod> getPeriods() {
        return periods;
    }

    public long getProgramId() {
        return programId;
    }

    public Long getPlanOutcomeId() {
        return planOutcomeId;
    }

    public Long getPartnerUnitId() {
        return partnerUnitId;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public MetricLevel getLevel() {
        return level;
    }

    public IndicatorMeasure getMeasure() {
        return measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public List<String> ordinalLevels() {
        return ordinalLevels == null ? List.of() : List.of(ordinalLevels.split("\n"));
    }

    public MeasureValue baselineValue() {
        if (baselineValue != null) {
            return MeasureValue.ofNumber(baselineValue);
        }
        return baselineText == null ? null : MeasureValue.ofText(baselineText);
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public String getDataSource() {
        return dataSource;
    }
}
