package org.ssaplanner.evaluations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorDetail;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.reference.MetricLevel;

class IndicatorForm {

    static final String[] FIELDS = {"name", "definition", "level", "measure", "direction", "unitOfMeasure",
        "ordinalLevels", "baselineValue", "baselineDate", "dataSource", "planOutcomeId", "partnerUnitId", "version"};

    @NotBlank
    @Size(max = 300)
    private String name;

    @Size(max = 4000)
    private String definition;

    @NotNull
    private MetricLevel level;

    @NotNull
    private IndicatorMeasure measure;

    @NotNull
    private Direction direction = Direction.HIGHER_IS_BETTER;

    @Size(max = 100)
    private String unitOfMeasure;

    @Size(max = 2200)
    private String ordinalLevels;

    @Size(max = 2000)
    private String baselineValue;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate baselineDate;

    @Size(max = 2000)
    private String dataSource;

    private Long planOutcomeId;

    private Long partnerUnitId;

    private long version;

    static IndicatorForm from(IndicatorDetail detail) {
        IndicatorForm form = new IndicatorForm();
        form.name = detail.name();
        form.definition = detail.definition();
        form.level = detail.level();
        form.measure = detail.measure();
        form.direction = detail.direction();
        form.unitOfMeasure = detail.unitOfMeasure();
        form.ordinalLevels = detail.ordinalLevelsText();
        form.baselineValue = detail.baseline();
        form.baselineDate = detail.baselineDate();
        form.dataSource = detail.dataSource();
        form.planOutcomeId = detail.planOutcomeId();
        form.partnerUnitId = detail.partnerUnitId();
        form.version = detail.version();
        return form;
    }

    IndicatorCommand toCommand() {
        return new IndicatorCommand(name, definition, level, measure, direction, unitOfMeasure, ordinalLevels,
                baselineValue, baselineDate, dataSource, planOutcomeId, partnerUnitId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public MetricLevel getLevel() {
        return level;
    }

    public void setLevel(MetricLevel level) {
        this.level = level;
    }

    public IndicatorMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(IndicatorMeasure measure) {
        this.measure = measure;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public String getOrdinalLevels() {
        return ordinalLevels;
    }

    public void setOrdinalLevels(String ordinalLevels) {
        this.ordinalLevels = ordinalLevels;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public Long getPlanOutcomeId() {
        return planOutcomeId;
    }

    public void setPlanOutcomeId(Long planOutcomeId) {
        this.planOutcomeId = planOutcomeId;
    }

    public Long getPartnerUnitId() {
        return partnerUnitId;
    }

    public void setPartnerUnitId(Long partnerUnitId) {
        this.partnerUnitId = partnerUnitId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
