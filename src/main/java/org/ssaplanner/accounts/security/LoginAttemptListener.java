package org.ssaplanner.accounts.security;

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
import org.ssaplanner.accounts.domain.UserAccountRepository;

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

    /*
     * Both run as single UPDATE statements (see the repository): sign-ins of one account at the same moment are
     * serialized by the database on its row, so each failure is counted and exactly one of them locks it.
     */

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim().toLowerCase();
        if (users.countFailedSignIn(username) == 0) {
            return;
        }
        Instant lockedUntil = clock.instant().plus(lockout.duration());
        if (users.lockIfLimitReached(username, lockout.maxAttempts(), lockedUntil) == 1) {
            log.warn("Account {} locked until {} after {} failed sign-ins", username, lockedUntil, lockout.maxAttempts());
            events.publishEvent(new AuditApplicationEvent(username, "ACCOUNT_LOCKED",
                    Map.of("lockedUntil", lockedUntil, "failedAttempts", lockout.maxAttempts())));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulSignIn(event.getAuthentication().getName(), clock.instant());
    }
}
