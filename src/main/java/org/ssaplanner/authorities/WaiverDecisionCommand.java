package org.ssaplanner.authorities;

import java.time.LocalDate;

/** An administrator's approval: the approving official, and the dates the waiver is in force. */
public record WaiverDecisionCommand(String officialName, String officialTitle, LocalDate effectiveDate,
        LocalDate expiryDate, String note) {
}
