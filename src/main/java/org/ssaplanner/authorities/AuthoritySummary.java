package org.ssaplanner.authorities;

import java.time.LocalDate;

/** An authority as lists and other modules see it (the compliance engine evaluates against these fields). */
public record AuthoritySummary(long id, String shortName, String citation, String title, Statute statute,
        SourceAct sourceAct, ProgramCategory category, String fundingAccount, long managingAgencyId,
        LocalDate sunsetDate, Integer notificationDays) {

    public boolean temporary() {
        return sunsetDate != null;
    }

    public boolean expiredOn(LocalDate day) {
        return sunsetDate != null && sunsetDate.isBefore(day);
    }

    public AuthorityStatus statusOn(LocalDate day) {
        return expiredOn(day) ? AuthorityStatus.EXPIRED : AuthorityStatus.ACTIVE;
    }

    public boolean notificationRequired() {
        return notificationDays != null;
    }

    /** "22 U.S.C. 2291 (INCLE)". */
    public String label() {
        return citation + " (" + shortName + ")";
    }
}
