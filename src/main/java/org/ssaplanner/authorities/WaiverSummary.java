package org.ssaplanner.authorities;

import java.time.Instant;
import java.time.LocalDate;

/** A waiver or exception claim as lists and the compliance engine see it. */
public record WaiverSummary(long id, long version, long programId, String programTitle, long restrictionId,
        String restrictionCode, String restrictionCitation, WaiverKind kind, Long exceptionId, String exceptionLabel,
        String justification, WaiverStatus status, String requestedBy, Instant requestedAt, String decidedBy,
        Instant decidedAt, String officialName, String officialTitle, LocalDate effectiveDate, LocalDate expiryDate,
        String decisionNote) {

    /** Approved and the day lies within [effective, expiry] (no expiry = open-ended). */
    public boolean inForceOn(LocalDate day) {
        return status == WaiverStatus.APPROVED && effectiveDate != null && !day.isBefore(effectiveDate)
                && (expiryDate == null || !day.isAfter(expiryDate));
    }

    /** Approved but its expiry date has passed. */
    public boolean expiredOn(LocalDate day) {
        return status == WaiverStatus.APPROVED && expiryDate != null && day.isAfter(expiryDate);
    }

    public String programLabel() {
        return programTitle == null ? "#" + programId : programTitle;
    }
}
