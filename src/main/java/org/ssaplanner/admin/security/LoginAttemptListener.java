package org.ssaplanner.admin.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.admin.domain.UserAccountRepository;

/** Counts failed sign-ins and locks the account when the limit is reached; a success resets the count. */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);

    private final UserAccountRepository users;
    private final LockoutProperties lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttemptListener(UserAccountRepository users, LockoutProperties lockout, ApplicationEventPublisher events) {
        this.users = users;
        this.lockout = lockout;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        users.findByUsername(username).ifPresent(account -> {
            Instant now = clock.instant();
            account.recordFailedLogin(lockout.maxAttempts(), lockout.duration(), now);
            if (account.isLocked(now)) {
                log.warn("Account {} locked until {} after {} failed sign-ins", username, account.getLockedUntil(),
                        lockout.maxAttempts());
                events.publishEvent(new AuditApplicationEvent(username, "ACCOUNT_LOCKED",
                        Map.of("lockedUntil", account.getLockedUntil(), "failedAttempts", lockout.maxAttempts())));
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsername(username).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }
}
