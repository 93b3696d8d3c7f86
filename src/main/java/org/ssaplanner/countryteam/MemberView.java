package org.ssaplanner.countryteam;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of a country team as the roster and the plan page show them: role, name, agency, post, contact, tour
 * and its continuity; {@code editable}: the signed-in user may change the entry.
 */
public record MemberView(long id, long version, long countryId, TeamRole role, String name, long agencyId,
        String agencyCode, String agencyLabel, Long postId, String postName, String contact, LocalDate tourStart,
        LocalDate tourEnd, TourStatus tour, boolean editable, Instant updatedAt, String updatedBy) {
}
