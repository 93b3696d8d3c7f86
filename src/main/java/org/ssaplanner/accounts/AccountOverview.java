package org.ssaplanner.accounts;

import java.time.Instant;
import java.util.List;
import org.ssaplanner.accounts.security.AccountSessions.SessionView;
import org.ssaplanner.accounts.security.SecondFactors.Passkey;

/** "My account": the signed-in user's password, second factors and sessions. */
public record AccountOverview(String username, String fullName, Instant passwordChangedAt, boolean authenticatorApp,
        Instant authenticatorAppSince, List<Passkey> passkeys, int recoveryCodesLeft, boolean secondFactorRequiredByRole,
        List<SessionView> sessions) {

    public boolean hasSecondFactor() {
        return authenticatorApp || !passkeys.isEmpty();
    }
}
