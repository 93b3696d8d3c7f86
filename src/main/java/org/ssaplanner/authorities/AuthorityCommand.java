package org.ssaplanner.authorities;

import java.time.LocalDate;
import java.util.Set;

/** What an administrator enters to create or change an authority. */
public record AuthorityCommand(String shortName, String citation, String sectionReference, String title,
        Statute statute, SourceAct sourceAct, ProgramCategory category, Long managingAgencyId, String fundingAccount,
        AuthorityDuration duration, LocalDate sunsetDate, Integer notificationDays, String notificationBasis,
        String programArea, String guidance, Set<String> assistanceTypeCodes, Set<String> recipientTypeCodes) {
}
