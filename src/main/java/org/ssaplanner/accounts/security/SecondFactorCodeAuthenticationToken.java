package org.ssaplanner.accounts.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request to prove the second factor with a code (authenticator app or recovery code) for a user. */
final class SecondFactorCodeAuthenticationToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private transient String code;

    SecondFactorCodeAuthenticationToken(String username, String code) {
        super(List.of());
        this.username = username;
        this.code = code;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return code;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        code = null;
        super.eraseCredentials();
    }
}
