package org.ssaplanner.authorities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one authority, modelled on the program descriptions of DSCA's SAMM. */
public record AuthorityDetail(long id, long version, String shortName, String citation, String sectionReference,
        String title, Statute statute, SourceAct sourceAct, ProgramCategory category, long managingAgencyId,
        String fundingAccount, AuthorityDuration duration, LocalDate sunsetDate, Integer notificationDays,
        String notificationBasis, String programArea, String guidance, List<String> assistanceTypeCodes,
        List<String> recipientTypeCodes, Instant updatedAt, String updatedBy) {

    public AuthorityStatus statusOn(LocalDate day) {
        return sunsetDate != null && sunsetDate.isBefore(day) ? AuthorityStatus.EXPIRED : AuthorityStatus.ACTIVE;
    }
}
