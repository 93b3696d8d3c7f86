package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * Test builder of {@link ProgramCommand}s: a valid training program for a military recipient (maritime domain,
 * governance, strategic, priority high, risk low, calendar 2027-2028, with a sustainment case); tests change only
 * what they are about.
 */
public final class ProgramCommandBuilder {

    private final String title;
    private String description;
    private final long leadAgencyId;
    private Set<Long> supportingAgencyIds = Set.of();
    private Set<Long> authorityIds;
    private String assistanceTypeCode = "TRAINING";
    private Long recipientUnitId;
    private ProgramCommand.NewUnit newUnit;
    private String recipientTypeCode = "MILITARY";
    private Set<String> capabilityDomainCodes = Set.of("MARITIME");
    private ObjectiveCategory category = ObjectiveCategory.GOVERNANCE;
    private Horizon horizon = Horizon.STRATEGIC;
    private Level priority = Level.HIGH;
    private Level risk = Level.LOW;
    private LocalDate startDate = LocalDate.of(2027, 1, 1);
    private LocalDate endDate = LocalDate.of(2028, 12, 31);
    private String absorptiveCapacityAssessment = "Partner can absorb";
    private Level absorptiveCapacityRating = Level.MEDIUM;
    private String sustainer = "Partner navy";
    private BigDecimal sustainmentAnnualCost = new BigDecimal("1000.00");

    private ProgramCommandBuilder(String title, long leadAgencyId, Set<Long> authorityIds) {
        this.title = title;
        this.description = "Description of " + title;
        this.leadAgencyId = leadAgencyId;
        this.authorityIds = authorityIds;
    }

    /** A program led by the agency under the authorities. */
    public static ProgramCommandBuilder program(String title, long leadAgencyId, Long... authorityIds) {
        return new ProgramCommandBuilder(title, leadAgencyId, Set.of(authorityIds));
    }

    public ProgramCommandBuilder description(String description) {
        this.description = description;
        return this;
    }

    public ProgramCommandBuilder supporting(Long... agencyIds) {
        this.supportingAgencyIds = Set.of(agencyIds);
        return this;
    }

    public ProgramCommandBuilder authorities(Set<Long> authorityIds) {
        this.authorityIds = authorityIds;
        return this;
    }

    public ProgramCommandBuilder assistanceType(String code) {
        this.assistanceTypeCode = code;
        return this;
    }

    public ProgramCommandBuilder recipientUnit(Long unitId) {
        this.recipientUnitId = unitId;
        return this;
    }

    /** A unit added to the country's registry with the program (its force type becomes the recipient type). */
    public ProgramCommandBuilder newUnit(String name, String forceTypeCode) {
        this.newUnit = new ProgramCommand.NewUnit(name, forceTypeCode);
        return this;
    }

    public ProgramCommandBuilder recipientType(String code) {
        this.recipientTypeCode = code;
        return this;
    }

    public ProgramCommandBuilder domains(String... codes) {
        this.capabilityDomainCodes = Set.of(codes);
        return this;
    }

    /** The only objective category, and so the primary one. */
    public ProgramCommandBuilder category(ObjectiveCategory category) {
        this.category = category;
        return this;
    }

    public ProgramCommandBuilder horizon(Horizon horizon) {
        this.horizon = horizon;
        return this;
    }

    public ProgramCommandBuilder priority(Level priority) {
        this.priority = priority;
        return this;
    }

    public ProgramCommandBuilder risk(Level risk) {
        this.risk = risk;
        return this;
    }

    public ProgramCommandBuilder dates(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
        return this;
    }

    public ProgramCommandBuilder sustainment(String assessment, Level rating, String sustainer, BigDecimal annualCost) {
        this.absorptiveCapacityAssessment = assessment;
        this.absorptiveCapacityRating = rating;
        this.sustainer = sustainer;
        this.sustainmentAnnualCost = annualCost;
        return this;
    }

    /** No absorptive-capacity assessment, rating, sustainer or sustainment cost. */
    public ProgramCommandBuilder noSustainment() {
        return sustainment(null, null, null, null);
    }

    public ProgramCommand build() {
        return new ProgramCommand(title, description, leadAgencyId, supportingAgencyIds, authorityIds,
                assistanceTypeCode, recipientUnitId, newUnit, recipientTypeCode, capabilityDomainCodes,
                EnumSet.of(category), category, horizon, priority, risk, startDate, endDate,
                absorptiveCapacityAssessment, absorptiveCapacityRating, sustainer, sustainmentAnnualCost);
    }
}
