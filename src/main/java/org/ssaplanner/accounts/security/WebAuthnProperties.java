package org.ssaplanner.accounts.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passkeys: the relying party id (the host name users see in the address bar, default {@code localhost}),
 * its display name, and the origins allowed to use them (e.g. {@code https://ssa.example.gov}). Without
 * allowed origins, {@code http://localhost:<port>} of the running server is allowed (development).
 */
@ConfigurationProperties("ssa.security.webauthn")
public record WebAuthnProperties(String rpId, String rpName, Set<String> allowedOrigins) {

    public WebAuthnProperties {
        rpId = rpId == null || rpId.isBlank() ? "localhost" : rpId.strip();
        rpName = rpName == null || rpName.isBlank() ? "SSA Planner" : rpName.strip();
        allowedOrigins = allowedOrigins == null ? Set.of() : Set.copyOf(allowedOrigins);
    }
}
