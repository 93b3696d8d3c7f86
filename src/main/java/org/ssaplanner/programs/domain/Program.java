package org.ssaplanner.programs.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.Audited;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramChanged;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramTransitionException;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.domain.AuditedEntity;

/** One assistance activity in a country plan. State changes are methods that refuse illegal moves. */
@Entity
@Audited
@Table(name = "program")
public class Program extends AuditedEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column
    private String description;

    @Column(name = "lead_agency_id", nullable = false)
    private long leadAgencyId;

    @ElementCollection
    @CollectionTable(name = "program_supporting_agency", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<Long> supportingAgencyIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_authority", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "authority_id", nullable = false)
    private Set<Long> authorityIds = new HashSet<>();

    @Column(name = "assistance_type_code", nullable = false, length = 40)
    private String assistanceTypeCode;

    @Column(name = "recipient_unit_id")
    private Long recipientUnitId;

    @Column(name = "recipient_type_code", nullable = false, length = 40)
    private String recipientTypeCode;

    @ElementCollection
    @CollectionTable(name = "program_capability_domain", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "capability_domain_code", nullable = false, length = 40)
    private Set<String> capabilityDomainCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "program_objective_category", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "category", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<ObjectiveCategory> categories = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_category", nullable = false, length = 20)
    private ObjectiveCategory primaryCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Horizon horizon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level risk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgramStatus status = ProgramStatus.PROPOSED;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "absorptive_capacity_assessment")
    private String absorptiveCapacityAssessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "absorptive_capacity_rating", length = 10)
    private Level absorptiveCapacityRating;

    @Column(length = 300)
    private String sustainer;

    @Column(name = "sustainment_annual_cost", precision = 19, scale = 2)
    private BigDecimal sustainmentAnnualCost;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fiscalYear, fundingAccount")
    private List<FundingLine> fundingLines = new ArrayList<>();

    protected Program() {
    }

    public Program(long planId) {
        this.planId = planId;
        changed();
    }

    /** Whatever changes a program (fields, categories, sustainment, status, funding) is published on save. */
    private void changed() {
        registerEvent(() -> new ProgramChanged(getId()));
    }

    public void describe(String title, String description, long leadAgencyId, Collection<Long> supportingAgencyIds,
            Collection<Long> authorityIds, String assistanceTypeCode, Long recipientUnitId, String recipientTypeCode,
            Collection<String> capabilityDomainCodes, Horizon horizon, Level priority, Level risk, LocalDate startDate,
            LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new FieldValidationException("endDate", "program.dates.order");
        }
        this.title = title;
        this.description = description;
        this.leadAgencyId = leadAgencyId;
        replace(this.supportingAgencyIds, supportingAgencyIds);
        this.supportingAgencyIds.remove(leadAgencyId);
        replace(this.authorityIds, authorityIds);
        this.assistanceTypeCode = assistanceTypeCode;
        this.recipientUnitId = recipientUnitId;
        this.recipientTypeCode = recipientTypeCode;
        replace(this.capabilityDomainCodes, capabilityDomainCodes);
        this.horizon = horizon;
        this.priority = priority;
        this.risk = risk;
        this.startDate = startDate;
        this.endDate = endDate;
        changed();
    }

    /** One or more categories, exactly one primary, and the primary among the selected. */
    public void classify(Collection<ObjectiveCategory> selected, ObjectiveCategory primary) {
        if (selected == null || selected.isEmpty()) {
            throw new FieldValidationException("categories", "program.categories.required");
        }
        if (primary == null || !selected.contains(primary)) {
            throw new FieldValidationException("primaryCategory", "program.primary.notSelected");
        }
        replace(this.categories, EnumSet.copyOf(selected));
        this.primaryCategory = primary;
        changed();
    }

    /** Absorptive capacity and sustainment; may not be cleared once the program is under way. */
    public void sustainmentCase(String assessment, Level rating, String sustainer, BigDecimal annualCost) {
        if (annualCost != null && annualCost.signum() < 0) {
            throw new FieldValidationException("sustainmentAnnualCost", "funding.amount.negative");
        }
        this.absorptiveCapacityAssessment = assessment;
        this.absorptiveCapacityRating = rating;
        this.sustainer = sustainer;
        this.sustainmentAnnualCost = annualCost;
        if (status.requiresSustainmentCase()) {
            List<String> missing = missingForActivation();
            if (!missing.isEmpty()) {
                throw new FieldValidationException(missing.stream()
                        .map(key -> new FieldValidationException.Violation(fieldOf(key), key)).toList());
            }
        }
        changed();
    }

    /** What is missing before the program may become active (message keys); empty when complete. */
    public List<String> missingForActivation() {
        List<String> missing = new ArrayList<>();
        if (absorptiveCapacityAssessment == null || absorptiveCapacityAssessment.isBlank()) {
            missing.add("program.activation.missing.absorptiveCapacityAssessment");
        }
        if (absorptiveCapacityRating == null) {
            missing.add("program.activation.missing.absorptiveCapacityRating");
        }
        if (sustainer == null || sustainer.isBlank()) {
            missing.add("program.activation.missing.sustainer");
        }
        if (sustainmentAnnualCost == null) {
            missing.add("program.activation.missing.sustainmentAnnualCost");
        }
        return missing;
    }

    public void activate() {
        requireTransition(ProgramStatus.ACTIVE);
        List<String> missing = missingForActivation();
        if (!missing.isEmpty()) {
            throw new ProgramTransitionException(missing);
        }
        status = ProgramStatus.ACTIVE;
        changed();
    }

    public void suspend() {
        requireTransition(ProgramStatus.SUSPENDED);
        status = ProgramStatus.SUSPENDED;
        changed();
    }

    public void complete() {
        requireTransition(ProgramStatus.COMPLETED);
        status = ProgramStatus.COMPLETED;
        changed();
    }

    public void terminate() {
        requireTransition(ProgramStatus.TERMINATED);
        status = ProgramStatus.TERMINATED;
        changed();
    }

    public void moveTo(ProgramStatus target) {
        switch (target) {
            case ACTIVE -> activate();
            case SUSPENDED -> suspend();
            case COMPLETED -> complete();
            case TERMINATED -> terminate();
            case PROPOSED -> throw new ProgramTransitionException(List.of("program.transition.illegal"));
        }
    }

    /** Adds the line for its fiscal year and account, or replaces the amounts of the existing one. */
    /**
     * For a history snapshot only (an Envers revision of this program, never a managed entity): its collections as
     * of that revision, read in bulk by {@link ProgramHistoryCollections}.
     */
    void restoreHistory(Set<Long> supportingAgencyIds, Set<Long> authorityIds, Set<String> capabilityDomainCodes,
            Set<ObjectiveCategory> categories, List<FundingLine> fundingLines) {
        this.supportingAgencyIds = supportingAgencyIds;
        this.authorityIds = authorityIds;
        this.capabilityDomainCodes = capabilityDomainCodes;
        this.categories = categories;
        this.fundingLines = new ArrayList<>(fundingLines);
    }

    public void saveFundingLine(FundingLineCommand line) {
        saveFundingLine(line, null);
    }

    /**
     * Saves the line (as {@link #saveFundingLine(FundingLineCommand)}); when {@code blockedBy} is given, the line
     * records that its obligation was recorded while those findings blocked the program.
     */
    public void saveFundingLine(FundingLineCommand line, String blockedBy) {
        FundingLine existing = line(line.fiscalYear(), line.fundingAccount()).orElse(null);
        if (existing == null) {
            existing = new FundingLine(this, line.fiscalYear(), line.fundingAccount().trim());
            fundingLines.add(existing);
        }
        existing.amounts(FundingRules.amount(line.requested()), FundingRules.amount(line.allocated()),
                FundingRules.amount(line.obligated()), FundingRules.amount(line.disbursed()));
        if (blockedBy != null) {
            existing.obligatedWhileBlockedBy(blockedBy);
        }
        changed();
    }

    /** Does saving this line record a new obligation (more obligated than the stored line of its year and account)? */
    public boolean obligatesMore(FundingLineCommand line) {
        BigDecimal before = line(line.fiscalYear(), line.fundingAccount()).map(FundingLine::getObligated)
                .orElse(BigDecimal.ZERO);
        return FundingRules.amount(line.obligated()).compareTo(before) > 0;
    }

    private Optional<FundingLine> line(int fiscalYear, String fundingAccount) {
        String account = fundingAccount.trim();
        return fundingLines.stream()
                .filter(f -> f.getFiscalYear() == fiscalYear && f.getFundingAccount().equalsIgnoreCase(account))
                .findFirst();
    }

    public boolean removeFundingLine(long lineId) {
        boolean removed = fundingLines.removeIf(f -> f.getId() != null && f.getId() == lineId);
        if (removed) {
            changed();
        }
        return removed;
    }

    public BigDecimal total(Function<FundingLine, BigDecimal> amount) {
        return fundingLines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireTransition(ProgramStatus target) {
        if (!status.canMoveTo(target)) {
            throw new ProgramTransitionException(List.of("program.transition.illegal"));
        }
    }

    private static String fieldOf(String missingKey) {
        return missingKey.substring(missingKey.lastIndexOf('.') + 1);
    }

    private static <T> void replace(Set<T> target, Collection<T> wanted) {
        Set<T> wantedSet = wanted == null ? Set.of() : new HashSet<>(wanted);
        target.retainAll(wantedSet);
        target.addAll(wantedSet);
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getLeadAgencyId() {
        return leadAgencyId;
    }

    public Set<Long> getSupportingAgencyIds() {
        return Set.copyOf(supportingAgencyIds);
    }

    public Set<Long> getAuthorityIds() {
        return Set.copyOf(authorityIds);
    }

    public String getAssistanceTypeCode() {
        return assistanceTypeCode;
    }

    public Long getRecipientUnitId() {
        return recipientUnitId;
    }

    public String getRecipientTypeCode() {
        return recipientTypeCode;
    }

    public Set<String> getCapabilityDomainCodes() {
        return Set.copyOf(capabilityDomainCodes);
    }

    public Set<ObjectiveCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(ObjectiveCategory.class) : EnumSet.copyOf(categories);
    }

    public ObjectiveCategory getPrimaryCategory() {
        return primaryCategory;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public Level getPriority() {
        return priority;
    }

    public Level getRisk() {
        return risk;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getAbsorptiveCapacityAssessment() {
        return absorptiveCapacityAssessment;
    }

    public Level getAbsorptiveCapacityRating() {
        return absorptiveCapacityRating;
    }

    public String getSustainer() {
        return sustainer;
    }

    public BigDecimal getSustainmentAnnualCost() {
        return sustainmentAnnualCost;
    }

    public List<FundingLine> getFundingLines() {
        return List.copyOf(fundingLines);
    }
}
