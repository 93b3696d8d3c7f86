package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What other modules read of a program: compliance checks it, evaluations place it in its plan and country. */
public record ProgramFacts(long programId, long planId, long countryId, String title, long leadAgencyId,
        Long recipientUnitId, String recipientTypeCode, String assistanceTypeCode, Set<String> capabilityDomainCodes,
        Set<Long> authorityIds, ProgramStatus status, LocalDate startDate, LocalDate endDate,
        BigDecimal totalRequested, BigDecimal totalAllocated, BigDecimal totalObligated, List<Integer> fiscalYears,
        Map<Integer, BigDecimal> allocatedByFiscalYear) {
}
