package org.ssaplanner.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.accounts.domain.UserAccount;
import org.ssaplanner.accounts.domain.UserAccountRepository;
import org.ssaplanner.accounts.security.AccountSessions;
import org.ssaplanner.accounts.security.MfaProperties;
import org.ssaplanner.accounts.security.PasswordPolicy;
import org.ssaplanner.accounts.security.QrCodeSvg;
import org.ssaplanner.accounts.security.RecoveryCodes;
import org.ssaplanner.accounts.security.SecondFactors;
import org.ssaplanner.accounts.security.SecurityAudit;
import org.ssaplanner.accounts.security.TotpCodes;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * The signed-in user's own account ("My account"): password, second factors (authenticator app, passkeys,
 * recovery codes) and sessions. Every method acts on the caller's account only.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecondFactors secondFactors;
    private final RecoveryCodes recoveryCodes;
    private final AccountSessions sessions;
    private final MfaProperties mfa;
    private final SecurityAudit audit;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            SecondFactors secondFactors, RecoveryCodes recoveryCodes, AccountSessions sessions, MfaProperties mfa,
            SecurityAudit audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.secondFactors = secondFactors;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.mfa = mfa;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    public AccountOverview overview(String currentSessionId) {
        UserAccount me = me();
        return new AccountOverview(me.getUsername(), me.getFullName(), me.getPasswordChangedAt(), me.hasConfirmedTotp(),
                me.getTotpConfirmedAt(), secondFactors.passkeys(me.getUsername()), recoveryCodes.unused(me.getId()),
                mfa.requiredFor(me.getRoles()), sessions.of(me.getUsername(), currentSessionId));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean passwordChangeRequired() {
        return me().isPasswordChangeRequired();
    }

    public int minPasswordLength() {
        return passwordPolicy.minLength();
    }

    /**
     * Changes the caller's password: the current one must be given, the new one must pass the rules, differ
     * from the current one and be typed twice alike. The caller's other sessions end.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String confirmation,
            String currentSessionId) {
        UserAccount me = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new UserValidationException("currentPassword", "password.current.wrong");
        }
        String candidate = newPassword == null ? "" : newPassword;
        List<PasswordPolicy.Violation> violations = passwordPolicy.check(candidate, me.getUsername());
        if (!violations.isEmpty()) {
            throw new UserValidationException("newPassword", violations.get(0).messageKey(),
                    violations.get(0).arguments());
        }
        if (passwordEncoder.matches(candidate, me.getPasswordHash())) {
            throw new UserValidationException("newPassword", "password.rule.same");
        }
        if (!candidate.equals(confirmation)) {
            throw new UserValidationException("confirmPassword", "password.confirmation.mismatch");
        }
        me.changePassword(passwordEncoder.encode(candidate), Instant.now());
        audit.publish(SecurityAudit.PASSWORD_CHANGED, me.getUsername());
        sessions.endOthers(me.getUsername(), currentSessionId, "password changed");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int signOutOtherSessions(String currentSessionId) {
        return sessions.endOthers(me().getUsername(), currentSessionId, "signed out by the user");
    }

    // ---------------------------------------------------------------- authenticator app

    /** Starts setting up an authenticator app (a new secret, replacing one not yet confirmed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void startTotp() {
        UserAccount me = me();
        if (me.hasConfirmedTotp()) {
            throw new UserValidationException("code", "mfa.totp.alreadySetUp");
        }
        me.startTotpEnrolment(TotpCodes.newSecret());
    }

    /** The authenticator app being set up, if one is. */
    @PreAuthorize("isAuthenticated()")
    public Optional<TotpSetup> pendingTotp() {
        UserAccount me = me();
        byte[] secret = me.getTotpSecret();
        if (secret == null || me.hasConfirmedTotp()) {
            return Optional.empty();
        }
        String uri = TotpCodes.otpauthUri(mfa.issuer(), me.getUsername(), secret);
        return Optional.of(new TotpSetup(TotpCodes.base32(secret), uri, QrCodeSvg.of(uri)));
    }

    /**
     * Confirms the authenticator app with a code it shows. Returns new recovery codes when the account had
     * none left (to be shown once), else an empty list.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmTotp(String code) {
        UserAccount me = users.findByUsernameForUpdate(CurrentUsers.require().getUsername())
                .orElseThrow(() -> new NotFoundException("User", CurrentUsers.require().getUsername()));
        byte[] secret = me.getTotpSecret();
        if (secret == null || me.hasConfirmedTotp()) {
            throw new UserValidationException("code", "mfa.totp.notStarted");
        }
        Instant now = Instant.now();
        long step = TotpCodes.matchingStep(secret, code, now)
                .orElseThrow(() -> new UserValidationException("code", "mfa.code.wrong"));
        me.confirmTotp(step, now);
        audit.publish(SecurityAudit.MFA_ENROLLED, me.getUsername(), "factor", "authenticator app");
        return recoveryCodes.unused(me.getId()) == 0 ? recoveryCodes.regenerate(me.getId()) : List.of();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SecondFactorState removeTotp() {
        UserAccount me = me();
        if (me.getTotpSecret() == null) {
            return state(me);
        }
        boolean confirmed = me.hasConfirmedTotp();
        refuseRemovingLast(me, confirmed && secondFactors.passkeys(me.getUsername()).isEmpty());
        me.removeTotp();
        if (confirmed) {
            audit.publish(SecurityAudit.MFA_REMOVED, me.getUsername(), "factor", "authenticator app");
        }
        return afterRemoval(me);
    }

    // ---------------------------------------------------------------- passkeys

    /**
     * After the browser registered a passkey (Spring Security's WebAuthn registration): records it in the log
     * and returns new recovery codes when the account had none left, else an empty list.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> passkeyAdded() {
        UserAccount me = me();
        List<SecondFactors.Passkey> passkeys = secondFactors.passkeys(me.getUsername());
        if (passkeys.isEmpty()) {
            throw new UserValidationException("passkey", "mfa.passkey.none");
        }
        audit.publish(SecurityAudit.MFA_ENROLLED, me.getUsername(), "factor",
                "passkey " + passkeys.get(passkeys.size() - 1).label());
        return recoveryCodes.unused(me.getId()) == 0 ? recoveryCodes.regenerate(me.getId()) : List.of();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SecondFactorState removePasskey(String id) {
        UserAccount me = me();
        List<SecondFactors.Passkey> passkeys = secondFactors.passkeys(me.getUsername());
        SecondFactors.Passkey passkey = passkeys.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserValidationException("passkey", "mfa.passkey.unknown"));
        refuseRemovingLast(me, passkeys.size() == 1 && !me.hasConfirmedTotp());
        secondFactors.removePasskey(me.getUsername(), id);
        audit.publish(SecurityAudit.MFA_REMOVED, me.getUsername(), "factor", "passkey " + passkey.label());
        return afterRemoval(me);
    }

    // ---------------------------------------------------------------- recovery codes

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> regenerateRecoveryCodes() {
        UserAccount me = me();
        if (!secondFactors.enrolled(me)) {
            throw new UserValidationException("code", "mfa.recovery.noFactor");
        }
        return recoveryCodes.regenerate(me.getId());
    }

    /** What the second-factor page offers this user. */
    @PreAuthorize("isAuthenticated()")
    public AccountOverview secondFactorOptions() {
        UserAccount me = me();
        return new AccountOverview(me.getUsername(), me.getFullName(), me.getPasswordChangedAt(), me.hasConfirmedTotp(),
                me.getTotpConfirmedAt(), secondFactors.passkeys(me.getUsername()), recoveryCodes.unused(me.getId()),
                mfa.requiredFor(me.getRoles()), List.of());
    }

    @PreAuthorize("isAuthenticated()")
    public SecondFactorState secondFactorState() {
        return state(me());
    }

    private void refuseRemovingLast(UserAccount me, boolean last) {
        if (last && mfa.requiredFor(me.getRoles())) {
            throw new UserValidationException("passkey", "mfa.remove.lastRequired");
        }
    }

    private SecondFactorState afterRemoval(UserAccount me) {
        SecondFactorState state = state(me);
        if (!state.enrolled()) {
            recoveryCodes.removeAll(me.getId());
        }
        return state;
    }

    private SecondFactorState state(UserAccount me) {
        boolean enrolled = secondFactors.enrolled(me);
        return new SecondFactorState(enrolled || mfa.requiredFor(me.getRoles()), enrolled);
    }

    private UserAccount me() {
        String username = CurrentUsers.require().getUsername();
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}
