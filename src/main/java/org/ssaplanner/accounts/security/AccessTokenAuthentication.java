package org.ssaplanner.accounts.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token presented with an API request, not yet checked. */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final String token;

    AccessTokenAuthentication(String token) {
        super(List.of());
        this.token = token;
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    /** Which token authenticated a request: the rate limit counts per token. */
    record Details(long tokenId) {
    }
}
