package org.ssaplanner.compliance;

import org.ssaplanner.programs.ProgramStatus;

/**
 * Filters of the findings list; null = any. {@code programStatus}: only findings of programs in that status (e.g.
 * the active programs a blocking finding holds, issue 13 item 2).
 */
public record FindingFilter(Long countryId, Long restrictionId, FindingSeverity severity, Long programId,
        ProgramStatus programStatus) {

    public FindingFilter(Long countryId, Long restrictionId, FindingSeverity severity, Long programId) {
        this(countryId, restrictionId, severity, programId, null);
    }

    public static FindingFilter none() {
        return new FindingFilter(null, null, null, null);
    }
}
