package org.ssaplanner.accounts.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.domain.UserAccount;

/**
 * A user's second factors: the authenticator app (on the account) and passkeys (Spring Security's WebAuthn
 * repositories, tables user_entities and user_credentials, keyed by user name).
 */
@Component
public class SecondFactors {

    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;

    SecondFactors(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
        this.userEntities = userEntities;
        this.credentials = credentials;
    }

    public boolean enrolled(UserAccount account) {
        return account.hasConfirmedTotp() || !passkeys(account.getUsername()).isEmpty();
    }

    public List<Passkey> passkeys(String username) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            return List.of();
        }
        return credentials.findByUserId(entity.getId()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        c.getLastUsed()))
                .toList();
    }

    /** Removes one passkey of this user; false if the user has no passkey with that id. */
    public boolean removePasskey(String username, String id) {
        boolean own = passkeys(username).stream().anyMatch(p -> p.id().equals(id));
        if (own) {
            credentials.delete(Bytes.fromBase64(id));
        }
        return own;
    }

    /** Removes every passkey of the user; returns how many there were. */
    public int removePasskeys(String username) {
        List<Passkey> all = passkeys(username);
        all.forEach(p -> credentials.delete(Bytes.fromBase64(p.id())));
        return all.size();
    }
}
