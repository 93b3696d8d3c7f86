package org.ssaplanner.accounts;

import java.util.Set;
import org.ssaplanner.shared.security.Role;

public record UserCommand(String username, String fullName, String email, String jobTitle, long agencyId,
        Set<Role> roles) {
}
