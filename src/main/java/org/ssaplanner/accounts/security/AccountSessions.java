package org.ssaplanner.accounts.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sessions of a user, as Spring Session keeps them in PostgreSQL indexed by user name: listed on "My
 * account", ended when an administrator changes the account (disable, roles, agency, password reset, second
 * factors) or when the user signs out their other sessions. Ending a session deletes it, so its next request
 * finds no session and is sent to the sign-in page.
 */
@Component
public class AccountSessions {

    /** Session attributes written at sign-in. */
    public static final String REMOTE_ADDRESS = "ssa.signIn.remoteAddress";
    public static final String USER_AGENT = "ssa.signIn.userAgent";

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecurityAudit audit;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityAudit audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** A session as its owner sees it; never its id (the id is the session cookie's value). */
    public record SessionView(Instant createdAt, Instant lastAccessedAt, String remoteAddress, String userAgent,
            boolean current) {
    }

    public List<SessionView> of(String username, String currentSessionId) {
        return sessions.findByPrincipalName(username).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new SessionView(s.getCreationTime(), s.getLastAccessedTime(), s.getAttribute(REMOTE_ADDRESS),
                        s.getAttribute(USER_AGENT), s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionView::current).reversed()
                        .thenComparing(SessionView::lastAccessedAt, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Ends every session of the user once the current transaction commits (at once without one), so that a
     * sign-in racing the change reads the changed account.
     */
    public void endAllAfterCommit(String username, String reason) {
        int open = sessions.findByPrincipalName(username).size();
        // published now, inside the transaction of the change, so that a listener writing it shares its fate
        audit.publish(SecurityAudit.SESSIONS_REVOKED, username, "reason", reason, "count", String.valueOf(open));
        afterCommit(() -> delete(username, null, reason));
    }

    /** Ends the user's sessions except the one given (the user's own, when they change their password). */
    public int endOthers(String username, String keepSessionId, String reason) {
        return end(username, keepSessionId, reason);
    }

    private int end(String username, String keepSessionId, String reason) {
        int ended = delete(username, keepSessionId, reason);
        audit.publish(SecurityAudit.SESSIONS_REVOKED, username, "reason", reason, "count", String.valueOf(ended));
        return ended;
    }

    private int delete(String username, String keepSessionId, String reason) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        log.info("Ended {} session(s) of {}: {}", ended, username, reason);
        return ended;
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
