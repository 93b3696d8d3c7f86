package org.ssaplanner.countryteam;

import java.time.Instant;

/** A post as the roster shows it; {@code editable}: the signed-in user may change it. */
public record PostView(long id, long version, PostKind kind, String name, String city, long agencyId,
        String agencyLabel, long members, boolean editable, Instant updatedAt, String updatedBy) {
}
