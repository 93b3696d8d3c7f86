package org.ssaplanner.plans.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanDetail;

/**
 * The plan form. The conductor is bound as a list so that a request naming two conductors is
 * refused with a field message instead of silently taking the first.
 */
class PlanForm {

    static final String[] FIELDS = {"countryId", "title", "startFiscalYear", "endFiscalYear", "desiredEndStates",
        "conductorUserId", "participatingAgencyIds", "version"};

    @NotNull
    private Long countryId;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotNull
    @Min(value = 2000, message = "{plan.fiscalYear.range}")
    @Max(value = 2100, message = "{plan.fiscalYear.range}")
    private Integer startFiscalYear;

    @NotNull
    @Min(value = 2000, message = "{plan.fiscalYear.range}")
    @Max(value = 2100, message = "{plan.fiscalYear.range}")
    private Integer endFiscalYear;

    @NotBlank
    @Size(max = 10000)
    private String desiredEndStates;

    private List<Long> conductorUserId = new ArrayList<>();

    private Set<Long> participatingAgencyIds = new LinkedHashSet<>();

    private long version;

    static PlanForm from(PlanDetail plan) {
        PlanForm form = new PlanForm();
        form.countryId = plan.country().id();
        form.title = plan.title();
        form.startFiscalYear = plan.startFiscalYear();
        form.endFiscalYear = plan.endFiscalYear();
        form.desiredEndStates = plan.desiredEndStates();
        form.conductorUserId = new ArrayList<>(List.of(plan.conductor().id()));
        form.participatingAgencyIds = new LinkedHashSet<>(plan.participatingAgencyIds());
        form.version = plan.version();
        return form;
    }

    /** Field-level checks Bean Validation cannot express; returns field -> message key. */
    Map<String, String> crossFieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Long> conductors = conductorUserId.stream().filter(Objects::nonNull).distinct().toList();
        if (conductors.isEmpty()) {
            errors.put("conductorUserId", "plan.conductor.required");
        } else if (conductors.size() > 1) {
            errors.put("conductorUserId", "plan.conductor.exactlyOne");
        }
        if (startFiscalYear != null && endFiscalYear != null && endFiscalYear < startFiscalYear) {
            errors.put("endFiscalYear", "plan.fiscalYears.order");
        }
        return errors;
    }

    PlanCommand toCommand() {
        return new PlanCommand(countryId, title, startFiscalYear, endFiscalYear, desiredEndStates,
                conductorUserId.stream().filter(Objects::nonNull).findFirst().orElseThrow(),
                Set.copyOf(participatingAgencyIds));
    }

    public Long getSingleConductor() {
        return conductorUserId.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    public Long getCountryId() {
        return countryId;
    }

    public void setCountryId(Long countryId) {
        this.countryId = countryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getStartFiscalYear() {
        return startFiscalYear;
    }

    public void setStartFiscalYear(Integer startFiscalYear) {
        this.startFiscalYear = startFiscalYear;
    }

    public Integer getEndFiscalYear() {
        return endFiscalYear;
    }

    public void setEndFiscalYear(Integer endFiscalYear) {
        this.endFiscalYear = endFiscalYear;
    }

    public String getDesiredEndStates() {
        return desiredEndStates;
    }

    public void setDesiredEndStates(String desiredEndStates) {
        this.desiredEndStates = desiredEndStates;
    }

    public List<Long> getConductorUserId() {
        return conductorUserId;
    }

    public void setConductorUserId(List<Long> conductorUserId) {
        this.conductorUserId = conductorUserId == null ? new ArrayList<>() : conductorUserId;
    }

    public Set<Long> getParticipatingAgencyIds() {
        return participatingAgencyIds;
    }

    public void setParticipatingAgencyIds(Set<Long> participatingAgencyIds) {
        this.participatingAgencyIds = participatingAgencyIds == null ? new LinkedHashSet<>() : participatingAgencyIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
