package org.ssaplanner.accounts;

import java.time.Instant;
import java.util.Set;
import org.ssaplanner.shared.security.Role;

public record UserDetail(long id, long version, String username, String fullName, String email, String jobTitle,
        long agencyId, String agencyLabel, Set<Role> roles, boolean enabled, Instant lockedUntil, int failedAttempts,
        Instant lastLoginAt, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        boolean passwordChangeRequired, boolean authenticatorApp, int passkeys) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
