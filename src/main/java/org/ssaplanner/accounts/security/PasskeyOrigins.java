package org.ssaplanner.accounts.security;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The origins passkeys may be used from: {@code ssa.security.webauthn.allowed-origins}, or, when none is
 * configured, {@code http://localhost:<port>} of the running server. A live set, which Spring's WebAuthn
 * support reads at each use (the port is known only once the server listens).
 */
final class PasskeyOrigins {

    private final Set<String> origins = ConcurrentHashMap.newKeySet();
    private final boolean configured;

    PasskeyOrigins(WebAuthnProperties properties) {
        origins.addAll(properties.allowedOrigins());
        configured = !properties.allowedOrigins().isEmpty();
    }

    Set<String> live() {
        return origins;
    }

    void addLocal(int port) {
        if (!configured && port > 0) {
            origins.add("http://localhost:" + port);
        }
    }
}
