package org.ssaplanner.accounts;

import java.time.Instant;
import java.util.Set;
import org.ssaplanner.shared.security.Role;

public record UserSummary(long id, String username, String fullName, String email, long agencyId, String agencyLabel,
        Set<Role> roles, boolean enabled, Instant lockedUntil, Instant lastLoginAt) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
