package org.ssaplanner.accounts.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.accounts.TokenScope;

/** The "new personal access token" form of My account. */
public class AccessTokenForm {

    static final String[] FIELDS = {"name", "scope", "expiresOn"};

    private String name;
    private TokenScope scope = TokenScope.READ;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
