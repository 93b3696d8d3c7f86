package org.ssaplanner.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.ssaplanner.shared.domain.AuditedEntity;
import org.ssaplanner.shared.security.Role;

@Entity
@Audited
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The agency this user answers concurrence requests for (always their own), or null: no such duty. */
    @Column(name = "concurrence_agency_id")
    private Long concurrenceAgencyId;

    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @NotAudited
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @NotAudited
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @NotAudited
    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @NotAudited
    @Column(name = "totp_confirmed_at")
    private Instant totpConfirmedAt;

    @NotAudited
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public void updateProfile(String fullName, String email, String jobTitle, long agencyId, Set<Role> roles) {
        if (agencyId != this.agencyId) {
            // the duty is held for one's own agency only: moving to another agency ends it
            this.concurrenceAgencyId = null;
        }
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.agencyId = agencyId;
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    /** A password the holder chose: valid until changed. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
        this.passwordChangedAt = now;
    }

    /** A generated password (new account, reset): its holder must replace it at the next sign-in. */
    public void setOneTimePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
        this.passwordChangedAt = now;
    }

    /** Starts (or restarts) enrolment of an authenticator app; the secret counts once a code confirms it. */
    public void startTotpEnrolment(byte[] secret) {
        this.totpSecret = secret.clone();
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    public void confirmTotp(long timeStep, Instant now) {
        if (totpSecret == null) {
            throw new IllegalStateException("no authenticator app enrolment started");
        }
        this.totpConfirmedAt = now;
        this.totpLastStep = timeStep;
    }

    /** Records the time step of an accepted code; a code of the same or an earlier step is refused (no replay). */
    public boolean acceptTotpStep(long timeStep) {
        if (totpLastStep != null && timeStep <= totpLastStep) {
            return false;
        }
        this.totpLastStep = timeStep;
        return true;
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Gives or takes the concurrence-official duty, always for the user's own agency. */
    public void holdConcurrenceDuty(boolean holds) {
        this.concurrenceAgencyId = holds ? agencyId : null;
    }

    public Long getConcurrenceAgencyId() {
        return concurrenceAgencyId;
    }

    public void disable() {
        this.enabled = false;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** The authenticator app's secret, also while enrolment is not yet confirmed; null if none. */
    public byte[] getTotpSecret() {
        return totpSecret == null ? null : totpSecret.clone();
    }

    public boolean hasConfirmedTotp() {
        return totpConfirmedAt != null;
    }

    public Instant getTotpConfirmedAt() {
        return totpConfirmedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
