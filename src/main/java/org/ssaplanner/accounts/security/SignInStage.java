package org.ssaplanner.accounts.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * What a signed-in user still has to do before using the application, in this order: prove a second
 * factor (when the account has one and must use it), replace a one-time password, enrol a second factor
 * (when the account's role requires one). Read from the {@link CurrentUser} of the sign-in and the factors
 * ({@link FactorGrantedAuthority}) the authentication holds. Principals that are not a {@link CurrentUser}
 * (the start-up "system" user) have nothing to do.
 */
public enum SignInStage {
    SECOND_FACTOR,
    PASSWORD_CHANGE,
    ENROLMENT,
    COMPLETE;

    /** Factor of an authenticator-app code. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    /** Factor of a recovery code (stands in for the authenticator app or passkey). */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

    static final Set<String> SECOND_FACTORS = Set.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, TOTP_AUTHORITY,
            RECOVERY_CODE_AUTHORITY);

    public static SignInStage of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return COMPLETE;
        }
        boolean secondFactor = hasSecondFactor(authentication.getAuthorities());
        if (user.secondFactorRequired() && user.secondFactorEnrolled() && !secondFactor) {
            return SECOND_FACTOR;
        }
        if (user.passwordChangeRequired()) {
            return PASSWORD_CHANGE;
        }
        if (user.secondFactorRequired() && !user.secondFactorEnrolled()) {
            return ENROLMENT;
        }
        return COMPLETE;
    }

    public static boolean hasSecondFactor(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> SECOND_FACTORS.contains(a.getAuthority()));
    }

    /** This stage is done, or a later one: e.g. {@code of(auth).reached(PASSWORD_CHANGE)}. */
    public boolean reached(SignInStage stage) {
        return compareTo(stage) >= 0;
    }
}
