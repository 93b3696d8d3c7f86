package org.ssaplanner.accounts;

import org.ssaplanner.shared.security.Role;

public record UserFilter(String text, Long agencyId, Role role, Boolean enabled) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
