package org.ssaplanner.accounts.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.accounts.AccessTokenHash;
import org.ssaplanner.accounts.domain.PersonalAccessToken;
import org.ssaplanner.accounts.domain.PersonalAccessTokenRepository;
import org.ssaplanner.accounts.domain.UserAccount;
import org.ssaplanner.accounts.domain.UserAccountRepository;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * Authenticates an API request by its personal access token: the token must exist, be neither revoked nor expired,
 * and belong to an enabled user. The request then acts as that user, with the roles and agency the user has now
 * (read at every request, so a disabled user or a changed role takes effect at once), plus the token's scope.
 * Not a bean: a second AuthenticationProvider bean would keep Spring from configuring the sign-in's global one.
 */
final class AccessTokenAuthenticationProvider implements AuthenticationProvider {

    private final PersonalAccessTokenRepository tokens;
    private final UserAccountRepository users;
    private final TransactionTemplate transaction;
    private final ObjectProvider<Clock> clock;

    AccessTokenAuthenticationProvider(PersonalAccessTokenRepository tokens, UserAccountRepository users,
            TransactionTemplate transaction, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = ((AccessTokenAuthentication) authentication).token();
        Instant now = clock.getIfAvailable(Clock::systemUTC).instant();
        Authentication result = transaction.execute(status -> {
            PersonalAccessToken token = tokens.findByTokenHash(AccessTokenHash.of(presented)).orElse(null);
            if (token == null || !token.usable(now)) {
                return null;
            }
            UserAccount account = users.findById(token.getUserId()).orElse(null);
            if (account == null || !account.isEnabled()) {
                return null;
            }
            tokens.recordUse(token.getId(), now);
            CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), "", account.getFullName(),
                    account.getAgencyId(), account.getRoles(), true, null);
            List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.add(new SimpleGrantedAuthority(token.getScope().authority()));
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user,
                    null, authorities);
            signedIn.setDetails(new AccessTokenAuthentication.Details(token.getId()));
            return signedIn;
        });
        if (result == null) {
            // the same answer whatever is wrong, so that a caller learns nothing about other people's tokens
            throw new BadCredentialsException("The token is unknown, revoked or expired, or its user is disabled.");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AccessTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
