package org.ssaplanner.evaluations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.ssaplanner.evaluations.MeasureValue;

/** One reporting period of an indicator: target and actual (IATI: indicator period). Part of the indicator. */
@Entity
@Audited
@Table(name = "evaluation_indicator_period")
public class IndicatorPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_text")
    private String targetText;

    @Column(name = "actual_value", precision = 19, scale = 4)
    private BigDecimal actualValue;

    @Column(name = "actual_text")
    private String actualText;

    @Column
    private String comment;

    protected IndicatorPeriod() {
    }

    IndicatorPeriod(Indicator indicator) {
        this.indicator = indicator;
    }

    public void update(LocalDate start, LocalDate end, MeasureValue target, MeasureValue actual, String comment) {
        this.startDate = start;
        this.endDate = end;
        this.targetValue = target == null ? null : target.number();
        this.targetText = target == null ? null : target.text();
        this.actualValue = actual == null ? null : actual.number();
        this.actualText = actual == null ? null : actual.text();
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public MeasureValue target() {
        return value(targetValue, targetText);
    }

    public MeasureValue actual() {
        return value(actualValue, actualText);
    }

    public String getComment() {
        return comment;
    }

    private static MeasureValue value(BigDecimal number, String text) {
        if (number != null) {
            return MeasureValue.ofNumber(number);
        }
        return text == null ? null : MeasureValue.ofText(text);
    }
}
