package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ssaplanner.reference.ObjectiveCategory;

/** A program with its labels resolved, its funding lines and totals. */
public record ProgramDetail(long id, long version, long planId, String planTitle, long countryId, String countryName,
        int planStartFiscalYear, int planEndFiscalYear, String title, String description, long leadAgencyId,
        String leadAgencyLabel, Set<Long> supportingAgencyIds, List<String> supportingAgencyLabels,
        Set<Long> authorityIds, List<AuthorityOption> authorities, String assistanceTypeCode,
        String assistanceTypeName, Long recipientUnitId, String recipientUnitLabel, String recipientTypeCode,
        String recipientTypeName, Set<String> capabilityDomainCodes, List<String> capabilityDomainNames,
        Set<ObjectiveCategory> categories, ObjectiveCategory primaryCategory, Horizon horizon, Level priority,
        Level risk, ProgramStatus status, LocalDate startDate, LocalDate endDate,
        String absorptiveCapacityAssessment, Level absorptiveCapacityRating, String sustainer,
        BigDecimal sustainmentAnnualCost, List<FundingLineView> fundingLines, Totals totals, Instant updatedAt,
        String updatedBy) {

    public boolean hasSustainmentCase() {
        return absorptiveCapacityAssessment != null && absorptiveCapacityRating != null && sustainer != null
                && sustainmentAnnualCost != null;
    }

    public record Totals(BigDecimal requested, BigDecimal allocated, BigDecimal obligated, BigDecimal disbursed) {
    }
}
