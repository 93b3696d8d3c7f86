package org.ssaplanner.compliance;

import java.time.LocalDate;

/** One restriction that applies to one program, with the outcome and the reason in plain words. */
public record Finding(long programId, long restrictionId, String restrictionCode, String restrictionCitation,
        String restrictionTitle, FindingSeverity severity, String reason, Long waiverId, LocalDate evaluatedOn) {

    public boolean blocking() {
        return severity == FindingSeverity.BLOCKING;
    }
}
