package org.ssaplanner.accounts;

import java.time.Instant;

/** A personal access token as its owner sees it on "My account": never the token itself. */
public record AccessTokenView(long id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
