package org.ssaplanner.compliance;

import java.time.LocalDate;

/** A finding in the list across programs, with the program's title and country. */
public record FindingRow(long programId, String programTitle, long countryId, String countryName,
        long restrictionId, String restrictionCode, String restrictionCitation, FindingSeverity severity, String reason, Long waiverId, LocalDate evaluatedOn) {
}
