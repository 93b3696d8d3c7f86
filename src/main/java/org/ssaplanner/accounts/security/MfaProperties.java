package org.ssaplanner.accounts.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.ssaplanner.shared.security.Role;

/**
 * Multi-factor sign-in: the roles that must use a second factor ({@code ssa.security.mfa.required-roles},
 * comma-separated, default ADMIN; empty = none; everyone else may opt in), and the issuer name shown in
 * authenticator apps.
 */
@ConfigurationProperties("ssa.security.mfa")
public record MfaProperties(Set<Role> requiredRoles, String issuer) {

    public MfaProperties {
        requiredRoles = requiredRoles == null ? EnumSet.of(Role.ADMIN)
                : requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
        issuer = issuer == null || issuer.isBlank() ? "SSA Planner" : issuer.strip();
    }

    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }
}
