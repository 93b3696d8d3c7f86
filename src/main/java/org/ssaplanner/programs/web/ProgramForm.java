package org.ssaplanner.programs.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramCommand;
import org.ssaplanner.programs.ProgramDetail;
import org.ssaplanner.programs.ProgramDraft;
import org.ssaplanner.reference.ObjectiveCategory;

class ProgramForm {

    static final String[] FIELDS = {"title", "description", "leadAgencyId", "supportingAgencyIds", "authorityIds",
        "assistanceTypeCode", "recipientUnitId", "newUnitName", "newUnitForceType", "recipientTypeCode",
        "capabilityDomainCodes", "categories", "primaryCategory", "horizon", "priority", "risk", "startDate", "endDate",
        "absorptiveCapacityAssessment", "absorptiveCapacityRating", "sustainer", "sustainmentAnnualCost", "version",
        "importedActivity"};

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 10000)
    private String description;

    @NotNull
    private Long leadAgencyId;

    private Set<Long> supportingAgencyIds = new LinkedHashSet<>();

    private Set<Long> authorityIds = new LinkedHashSet<>();

    @NotBlank
    private String assistanceTypeCode;

    private Long recipientUnitId;

    @Size(max = 200)
    private String newUnitName;

    private String newUnitForceType;

    /** "ISO3:activity id" of the imported ForeignAssistance.gov activity the program is created from, if any. */
    @Size(max = 200)
    private String importedActivity;

    private String recipientTypeCode;

    private Set<String> capabilityDomainCodes = new LinkedHashSet<>();

    private Set<ObjectiveCategory> categories = new LinkedHashSet<>();

    private ObjectiveCategory primaryCategory;

    @NotNull
    private Horizon horizon;

    @NotNull
    private Level priority;

    @NotNull
    private Level risk;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 10000)
    private String absorptiveCapacityAssessment;

    private Level absorptiveCapacityRating;

    @Size(max = 300)
    private String sustainer;

    @DecimalMin(value = "0", message = "{funding.amount.negative}")
    @Digits(integer = 17, fraction = 2, message = "{funding.amount.digits}")
    private BigDecimal sustainmentAnnualCost;

    private long version;

    static ProgramForm from(ProgramDetail p) {
        ProgramForm form = new ProgramForm();
        form.title = p.title();
        form.description = p.description();
        form.leadAgencyId = p.leadAgencyId();
        form.supportingAgencyIds = new LinkedHashSet<>(p.supportingAgencyIds());
        form.authorityIds = new LinkedHashSet<>(p.authorityIds());
        form.assistanceTypeCode = p.assistanceTypeCode();
        form.recipientUnitId = p.recipientUnitId();
        form.recipientTypeCode = p.recipientTypeCode();
        form.capabilityDomainCodes = new LinkedHashSet<>(p.capabilityDomainCodes());
        form.categories = new LinkedHashSet<>(p.categories());
        form.primaryCategory = p.primaryCategory();
        form.horizon = p.horizon();
        form.priority = p.priority();
        form.risk = p.risk();
        form.startDate = p.startDate();
        form.endDate = p.endDate();
        form.absorptiveCapacityAssessment = p.absorptiveCapacityAssessment();
        form.absorptiveCapacityRating = p.absorptiveCapacityRating();
        form.sustainer = p.sustainer();
        form.sustainmentAnnualCost = p.sustainmentAnnualCost();
        form.version = p.version();
        return form;
    }

    /**
     * This form's own cross-field check: an existing recipient unit or a new one, not both, and a new one with its
     * force type. (The program's rules are checked by the service, {@code ProgramRules}.)
     */
    Map<String, String> crossFieldErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean newUnit = newUnitName != null && !newUnitName.isBlank();
        if (newUnit && (newUnitForceType == null || newUnitForceType.isBlank())) {
            errors.put("newUnitForceType", "unit.forceType.unknown");
        }
        if (newUnit && recipientUnitId != null) {
            errors.put("newUnitName", "program.unit.chooseOrAdd");
        }
        return errors;
    }

    /** Adds the suggested categories and makes the suggested primary the primary (the planner still saves). */
    void applySuggestion(List<ObjectiveCategory> suggested) {
        if (suggested.isEmpty()) {
            return;
        }
        Set<ObjectiveCategory> merged = EnumSet.noneOf(ObjectiveCategory.class);
        merged.addAll(categories);
        merged.addAll(suggested);
        categories = new LinkedHashSet<>(merged);
        primaryCategory = suggested.get(0);
    }

    ProgramCommand toCommand() {
        ProgramCommand.NewUnit newUnit = newUnitName == null || newUnitName.isBlank() ? null
                : new ProgramCommand.NewUnit(newUnitName, newUnitForceType);
        return new ProgramCommand(title, description, leadAgencyId, Set.copyOf(supportingAgencyIds),
                Set.copyOf(authorityIds), assistanceTypeCode, recipientUnitId, newUnit, recipientTypeCode,
                Set.copyOf(capabilityDomainCodes), categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories),
                primaryCategory, horizon, priority, risk, startDate, endDate, absorptiveCapacityAssessment,
                absorptiveCapacityRating, sustainer, sustainmentAnnualCost);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getLeadAgencyId() { return leadAgencyId; }
    public void setLeadAgencyId(Long leadAgencyId) { this.leadAgencyId = leadAgencyId; }
    public Set<Long> getSupportingAgencyIds() { return supportingAgencyIds; }
    public void setSupportingAgencyIds(Set<Long> ids) { this.supportingAgencyIds = ids == null ? new LinkedHashSet<>() : ids; }
    public Set<Long> getAuthorityIds() { return authorityIds; }
    public void setAuthorityIds(Set<Long> ids) { this.authorityIds = ids == null ? new LinkedHashSet<>() : ids; }
    public String getAssistanceTypeCode() { return assistanceTypeCode; }
    public void setAssistanceTypeCode(String code) { this.assistanceTypeCode = code; }
    public Long getRecipientUnitId() { return recipientUnitId; }
    public void setRecipientUnitId(Long recipientUnitId) { this.recipientUnitId = recipientUnitId; }
    public String getNewUnitName() { return newUnitName; }
    public void setNewUnitName(String newUnitName) { this.newUnitName = newUnitName; }
    public String getNewUnitForceType() { return newUnitForceType; }
    public void setNewUnitForceType(String newUnitForceType) { this.newUnitForceType = newUnitForceType; }

    /** Starts a new program from a draft (an imported activity): its values where it has them. */
    void startFrom(ProgramDraft draft) {
        setImportedActivity(draft.reference());
        setTitle(draft.title());
        setDescription(draft.description());
        if (draft.leadAgencyId() != null) {
            setLeadAgencyId(draft.leadAgencyId());
        }
        if (!draft.authorityIds().isEmpty()) {
            setAuthorityIds(new LinkedHashSet<>(draft.authorityIds()));
        }
        if (!draft.capabilityDomainCodes().isEmpty()) {
            setCapabilityDomainCodes(new LinkedHashSet<>(draft.capabilityDomainCodes()));
        }
    }

    public String getImportedActivity() {
        return importedActivity;
    }

    public void setImportedActivity(String importedActivity) {
        this.importedActivity = importedActivity == null || importedActivity.isBlank() ? null : importedActivity;
    }
    public String getRecipientTypeCode() { return recipientTypeCode; }
    public void setRecipientTypeCode(String code) { this.recipientTypeCode = code; }
    public Set<String> getCapabilityDomainCodes() { return capabilityDomainCodes; }
    public void setCapabilityDomainCodes(Set<String> codes) { this.capabilityDomainCodes = codes == null ? new LinkedHashSet<>() : codes; }
    public Set<ObjectiveCategory> getCategories() { return categories; }
    public void setCategories(Set<ObjectiveCategory> categories) { this.categories = categories == null ? new LinkedHashSet<>() : categories; }
    public ObjectiveCategory getPrimaryCategory() { return primaryCategory; }
    public void setPrimaryCategory(ObjectiveCategory primaryCategory) { this.primaryCategory = primaryCategory; }
    public Horizon getHorizon() { return horizon; }
    public void setHorizon(Horizon horizon) { this.horizon = horizon; }
    public Level getPriority() { return priority; }
    public void setPriority(Level priority) { this.priority = priority; }
    public Level getRisk() { return risk; }
    public void setRisk(Level risk) { this.risk = risk; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getAbsorptiveCapacityAssessment() { return absorptiveCapacityAssessment; }
    public void setAbsorptiveCapacityAssessment(String value) { this.absorptiveCapacityAssessment = value; }
    public Level getAbsorptiveCapacityRating() { return absorptiveCapacityRating; }
    public void setAbsorptiveCapacityRating(Level value) { this.absorptiveCapacityRating = value; }
    public String getSustainer() { return sustainer; }
    public void setSustainer(String sustainer) { this.sustainer = sustainer; }
    public BigDecimal getSustainmentAnnualCost() { return sustainmentAnnualCost; }
    public void setSustainmentAnnualCost(BigDecimal value) { this.sustainmentAnnualCost = value; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
