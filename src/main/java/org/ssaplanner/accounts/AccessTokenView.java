package org.ssaplanner.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A personal access token as its owner sees it on "My account": never the token itself. */
public record AccessTokenView(long id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    /** The last day (UTC) the token works: a token made "valid until" a date expires as that day ends. */
    public LocalDate validThrough() {
        return LocalDate.ofInstant(expiresAt.minusNanos(1), ZoneOffset.UTC);
    }

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
