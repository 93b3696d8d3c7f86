package org.ssaplanner.programs.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ssaplanner.programs.FundingLineView;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramDetail;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * A program as the API shows it: the fields an update sends back (ids and codes), the labels to read, the funding
 * lines with each kind of money on its own and their totals per kind (never added across kinds).
 */
record ProgramResource(long id, long version, long planId, String planTitle, String countryName, String title,
        String description, long leadAgencyId, String leadAgency, Set<Long> supportingAgencyIds, Set<Long> authorityIds,
        String assistanceTypeCode, Long recipientUnitId, String recipientTypeCode, Set<String> capabilityDomainCodes,
        Set<ObjectiveCategory> categories, ObjectiveCategory primaryCategory, Horizon horizon, Level priority,
        Level risk, ProgramStatus status, LocalDate startDate, LocalDate endDate, String absorptiveCapacityAssessment,
        Level absorptiveCapacityRating, String sustainer, BigDecimal sustainmentAnnualCost,
        List<FundingLine> fundingLines, ProgramDetail.Totals totals, Instant updatedAt, String updatedBy) {

    record FundingLine(int fiscalYear, String fundingAccount, BigDecimal requested, BigDecimal allocated,
            BigDecimal obligated, BigDecimal disbursed) {

        static FundingLine of(FundingLineView line) {
            return new FundingLine(line.fiscalYear(), line.fundingAccount(), line.requested(), line.allocated(),
                    line.obligated(), line.disbursed());
        }
    }

    static ProgramResource of(ProgramDetail p) {
        return new ProgramResource(p.id(), p.version(), p.planId(), p.planTitle(), p.countryName(), p.title(),
                p.description(), p.leadAgencyId(), p.leadAgencyLabel(), p.supportingAgencyIds(), p.authorityIds(),
                p.assistanceTypeCode(), p.recipientUnitId(), p.recipientTypeCode(), p.capabilityDomainCodes(),
                p.categories(), p.primaryCategory(), p.horizon(), p.priority(), p.risk(), p.status(), p.startDate(),
                p.endDate(), p.absorptiveCapacityAssessment(), p.absorptiveCapacityRating(), p.sustainer(),
                p.sustainmentAnnualCost(), p.fundingLines().stream().map(FundingLine::of).toList(), p.totals(),
                p.updatedAt(), p.updatedBy());
    }
}
