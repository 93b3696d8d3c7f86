package org.ssaplanner.accounts.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.domain.UserAccount;
import org.ssaplanner.accounts.domain.UserAccountRepository;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * Checks a second-factor code: a code of the user's authenticator app (each time step accepted once) or one
 * of their unused recovery codes (then used up). The result is the user's authentication with the factor
 * ({@code FACTOR_TOTP} or {@code FACTOR_RECOVERY_CODE}); Spring Security's multi-factor support adds the
 * factors already proven in the session (the password). Wrong codes count towards the account lockout like
 * wrong passwords (the failure event carries the user name). Not an {@code AuthenticationProvider} bean
 * itself (one such bean would replace the password check of the global authentication manager):
 * {@link #asProvider} gives the provider of the second-factor filter.
 */
@Component
class SecondFactorCodeAuthenticationProvider {

    private final UserAccountRepository users;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactors secondFactors;
    private final MfaProperties mfa;
    private final SecurityAudit audit;
    private final Clock clock = Clock.systemUTC();

    SecondFactorCodeAuthenticationProvider(UserAccountRepository users, RecoveryCodes recoveryCodes,
            SecondFactors secondFactors, MfaProperties mfa, SecurityAudit audit) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.secondFactors = secondFactors;
        this.mfa = mfa;
        this.audit = audit;
    }

    /** The provider for the filter; {@code codes} is this bean as injected (its transactional proxy). */
    static AuthenticationProvider asProvider(SecondFactorCodeAuthenticationProvider codes) {
        SecondFactorCodeAuthenticationProvider self = codes;
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return self.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return SecondFactorCodeAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    @Transactional
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        String code = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        UserAccount account = users.findByUsernameForUpdate(username)
                .orElseThrow(() -> new BadCredentialsException("unknown user"));
        Instant now = clock.instant();
        if (!account.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (account.isLocked(now)) {
            throw new LockedException("locked");
        }
        String factor;
        if (RecoveryCodes.looksLikeRecoveryCode(code) && recoveryCodes.use(account.getId(), code, now)) {
            factor = SignInStage.RECOVERY_CODE_AUTHORITY;
            audit.publish(SecurityAudit.RECOVERY_CODE_USED, username, "left",
                    String.valueOf(recoveryCodes.unused(account.getId())));
        } else {
            OptionalLong step = account.hasConfirmedTotp()
                    ? TotpCodes.matchingStep(account.getTotpSecret(), code.replace(" ", ""), now)
                    : OptionalLong.empty();
            if (step.isEmpty() || !account.acceptTotpStep(step.getAsLong())) {
                throw new BadCredentialsException("wrong second-factor code");
            }
            factor = SignInStage.TOTP_AUTHORITY;
        }
        CurrentUser user = DatabaseUserDetailsService.toCurrentUser(account, secondFactors, mfa);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
