package org.ssaplanner.accounts.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The additional authorization of every URL rule (Spring Security's {@code DefaultAuthorizationManagerFactory}
 * additional authorization, as in its "programmatic MFA"): grants when the sign-in has reached a stage, else
 * denies naming what is missing, so that Spring's {@code DelegatingMissingAuthorityAccessDeniedHandler}
 * sends the user to the page that provides it (second factor, new password, enrolment).
 */
final class SignInRequirements implements AuthorizationManager<RequestAuthorizationContext> {

    /** Missing authorities, each mapped to the page that provides it. */
    static final String MISSING_SECOND_FACTOR = SignInStage.TOTP_AUTHORITY;
    static final String MISSING_PASSWORD_CHANGE = "ACCOUNT_PASSWORD_CHANGE";
    static final String MISSING_ENROLMENT = "ACCOUNT_MFA_ENROLMENT";

    private final SignInStage required;

    SignInRequirements(SignInStage required) {
        this.required = required;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        SignInStage stage = SignInStage.of(authentication.get());
        if (stage.reached(required)) {
            return new AuthorizationDecision(true);
        }
        String missing = switch (stage) {
            case SECOND_FACTOR -> MISSING_SECOND_FACTOR;
            case PASSWORD_CHANGE -> MISSING_PASSWORD_CHANGE;
            default -> MISSING_ENROLMENT;
        };
        return new AuthorityAuthorizationDecision(false, List.of(new SimpleGrantedAuthority(missing)));
    }
}
