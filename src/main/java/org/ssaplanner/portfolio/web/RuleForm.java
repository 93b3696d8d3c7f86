package org.ssaplanner.portfolio.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.ssaplanner.portfolio.Performance;
import org.ssaplanner.portfolio.Recommendation;
import org.ssaplanner.portfolio.RecommendationRule;
import org.ssaplanner.portfolio.RiskLevel;
import org.ssaplanner.portfolio.RuleCommand;

/** A recommendation rule as the administrator edits it. */
class RuleForm {

    static final String[] FIELDS = {"version", "position", "name", "recommendation", "explanation", "priorityMin",
        "priorityMax", "performances", "risks", "competitorShareMin", "competitorRising", "countryTierMax", "enabled"};

    private long version;
    @NotNull
    @Min(1)
    @Max(100000)
    private Integer position;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private Recommendation recommendation;
    @NotBlank
    @Size(max = 2000)
    private String explanation;
    @Min(1)
    @Max(5)
    private Integer priorityMin;
    @Min(1)
    @Max(5)
    private Integer priorityMax;
    private Set<Performance> performances = EnumSet.noneOf(Performance.class);
    private Set<RiskLevel> risks = EnumSet.noneOf(RiskLevel.class);
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal competitorShareMin;
    /** “”, “true” or “false”: any, rising, not rising. */
    private String competitorRising = "";
    @Min(1)
    @Max(3)
    private Integer countryTierMax;
    private boolean enabled = true;

    static RuleForm from(RecommendationRule r, long version) {
        RuleForm form = new RuleForm();
        form.version = version;
        form.position = r.position();
        form.name = r.name();
        form.recommendation = r.recommendation();
        form.explanation = r.explanation();
        form.priorityMin = r.priorityMin();
        form.priorityMax = r.priorityMax();
        form.performances = r.performances().isEmpty() ? EnumSet.noneOf(Performance.class)
                : EnumSet.copyOf(r.performances());
        form.risks = r.risks().isEmpty() ? EnumSet.noneOf(RiskLevel.class) : EnumSet.copyOf(r.risks());
        form.competitorShareMin = r.competitorShareMin();
        form.competitorRising = r.competitorRising() == null ? "" : r.competitorRising().toString();
        form.countryTierMax = r.countryTierMax();
        form.enabled = r.enabled();
        return form;
    }

    RuleCommand toCommand() {
        Boolean rising = competitorRising == null || competitorRising.isBlank() ? null
                : Boolean.valueOf(competitorRising);
        return new RuleCommand(position, name, recommendation, explanation, priorityMin, priorityMax, performances,
                risks, competitorShareMin, rising, countryTierMax, enabled);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public Integer getPriorityMin() {
        return priorityMin;
    }

    public void setPriorityMin(Integer priorityMin) {
        this.priorityMin = priorityMin;
    }

    public Integer getPriorityMax() {
        return priorityMax;
    }

    public void setPriorityMax(Integer priorityMax) {
        this.priorityMax = priorityMax;
    }

    public Set<Performance> getPerformances() {
        return performances;
    }

    public void setPerformances(Set<Performance> performances) {
        this.performances = performances == null ? EnumSet.noneOf(Performance.class) : performances;
    }

    public Set<RiskLevel> getRisks() {
        return risks;
    }

    public void setRisks(Set<RiskLevel> risks) {
        this.risks = risks == null ? EnumSet.noneOf(RiskLevel.class) : risks;
    }

    public BigDecimal getCompetitorShareMin() {
        return competitorShareMin;
    }

    public void setCompetitorShareMin(BigDecimal competitorShareMin) {
        this.competitorShareMin = competitorShareMin;
    }

    public String getCompetitorRising() {
        return competitorRising;
    }

    public void setCompetitorRising(String competitorRising) {
        this.competitorRising = competitorRising;
    }

    public Integer getCountryTierMax() {
        return countryTierMax;
    }

    public void setCountryTierMax(Integer countryTierMax) {
        this.countryTierMax = countryTierMax;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
