package org.ssaplanner.shared.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security context holds it: identity, agency and roles, and what the account
 * requires of this sign-in (read from the account when the user signs in): a new password before anything
 * else, a second factor, enrolment of a second factor.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String password;
    private final String fullName;
    private final long agencyId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean passwordChangeRequired;
    private final boolean secondFactorRequired;
    private final boolean secondFactorEnrolled;

    public CurrentUser(long id, String username, String password, String fullName, long agencyId, Set<Role> roles,
            boolean enabled, Instant lockedUntil) {
        this(id, username, password, fullName, agencyId, roles, enabled, lockedUntil, false, false, false);
    }

    public CurrentUser(long id, String username, String password, String fullName, long agencyId, Set<Role> roles,
            boolean enabled, Instant lockedUntil, boolean passwordChangeRequired, boolean secondFactorRequired,
            boolean secondFactorEnrolled) {
        this.passwordChangeRequired = passwordChangeRequired;
        this.secondFactorRequired = secondFactorRequired;
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.id = id;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public long agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** A generated or reset password: a new one must be set before anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The account must sign in with a second factor (its role requires one, or the user enrolled one). */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }

    /** The account has a second factor (passkey or authenticator app). */
    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    /** The same user after changing their password (no longer one-time). */
    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, null, fullName, agencyId, roles, enabled, lockedUntil, false,
                secondFactorRequired, secondFactorEnrolled);
    }

    /** The same user without the password hash (what the session keeps). */
    public CurrentUser withoutPassword() {
        return new CurrentUser(id, username, null, fullName, agencyId, roles, enabled, lockedUntil,
                passwordChangeRequired, secondFactorRequired, secondFactorEnrolled);
    }

    /** The same user after enrolling or removing second factors. */
    public CurrentUser withSecondFactor(boolean required, boolean enrolled) {
        return new CurrentUser(id, username, null, fullName, agencyId, roles, enabled, lockedUntil,
                passwordChangeRequired, required, enrolled);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toList());
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
