package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the compliance engine knows about one program, supplied by the programs module through
 * {@link ProgramFactsSource}. fiscalYears are US federal fiscal years the program is funded in;
 * allocatedByFiscalYear gives the allocation per year where known (the waiver pressure report uses it;
 * a year without an entry counts totalAllocated spread evenly over fiscalYears).
 */
public record ProgramFacts(long programId, Long planId, long countryId, String title, Long leadAgencyId,
        Long recipientUnitId, String recipientTypeCode, String assistanceTypeCode, Set<String> capabilityDomainCodes,
        Set<Long> authorityIds, String status, LocalDate startDate, LocalDate endDate, List<Integer> fiscalYears,
        BigDecimal totalAllocated, Map<Integer, BigDecimal> allocatedByFiscalYear) {

    public ProgramFacts {
        capabilityDomainCodes = capabilityDomainCodes == null ? Set.of() : Set.copyOf(capabilityDomainCodes);
        authorityIds = authorityIds == null ? Set.of() : Set.copyOf(authorityIds);
        fiscalYears = fiscalYears == null ? List.of() : fiscalYears.stream().distinct().sorted().toList();
        totalAllocated = totalAllocated == null ? BigDecimal.ZERO : totalAllocated;
        allocatedByFiscalYear = allocatedByFiscalYear == null ? Map.of() : Map.copyOf(allocatedByFiscalYear);
    }
}
