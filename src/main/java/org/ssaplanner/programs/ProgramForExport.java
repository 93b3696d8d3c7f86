package org.ssaplanner.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an export to other systems (IATI) may carry of a program: what it is, who leads and supports it, when, in
 * which capability domains, and its money line by line. Nothing about its recipient unit, vetting or compliance.
 */
public record ProgramForExport(long id, long planId, String title, String description, long leadAgencyId,
        Set<Long> supportingAgencyIds, ProgramStatus status, LocalDate startDate, LocalDate endDate,
        Set<String> capabilityDomainCodes, List<FundingLineView> fundingLines, Instant updatedAt) {
}
