package org.ssaplanner.countryteam;

import java.time.LocalDate;

/** A country-team member as the form submits it. */
public record MemberCommand(TeamRole role, String name, Long agencyId, Long postId, String contact,
        LocalDate tourStart, LocalDate tourEnd) {
}
