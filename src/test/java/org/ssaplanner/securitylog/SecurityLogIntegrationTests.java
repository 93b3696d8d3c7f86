package org.ssaplanner.securitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.securitylog.ChainVerification.Kind;
import org.ssaplanner.shared.security.Role;

/**
 * The security log on the real database: append-only for the application's connection, a hash chain that shows
 * where a superuser changed or removed events, and concurrent writers that never fork the chain. Tampering runs
 * inside a transaction that is rolled back, so the shared database keeps an intact log.
 */
@SsaIntegrationTest
class SecurityLogIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SecurityLogService log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs("log-auditor", 1, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAuditApplicationEventIsRecordedWithWhoWhenAndWhatAndSecretsRedacted() {
        String subject = unique();
        Instant before = Instant.now().minusSeconds(1);
        events.publishEvent(new AuditApplicationEvent(subject, "ROLES_CHANGED",
                Map.of("roles", List.of("PLANNER", "ADMIN"), "newPassword", "hunter2", "note", "x".repeat(2000))));

        SecurityEventView event = only(subject);
        assertThat(event.type()).isEqualTo("ROLES_CHANGED");
        assertThat(event.principal()).isEqualTo(subject);
        assertThat(event.actor()).isEqualTo("log-auditor");
        assertThat(event.occurredAt()).isAfter(before);
        assertThat(event.details()).containsEntry("roles", "ADMIN, PLANNER").containsEntry("newPassword", "[redacted]");
        assertThat(event.details().get("note")).hasSize(SecurityEventRecorder.MAX_VALUE).endsWith("…");
        assertThat(event.hash()).hasSize(64).isNotEqualTo(event.prevHash());
    }

    @Test
    void theApplicationsConnectionCannotUpdateDeleteOrTruncateEvents() {
        String subject = unique();
        events.publishEvent(new AuditApplicationEvent(subject, "USER_DISABLED", Map.of()));
        long seq = only(subject).seq();

        assertThatThrownBy(() -> jdbc.update("update security_event set principal = 'someone-else' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from security_event where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate security_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update security_event_chain set last_seq = last_seq - 1"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("chain head");
        assertThatThrownBy(() -> jdbc.update("insert into security_event (seq, occurred_at, type, principal, details, "
                + "prev_hash, hash) values (?, now(), 'FORGED', 'x', '{}', ?, ?)", seq + 1_000_000, "0".repeat(64),
                "0".repeat(64))).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("does not continue");

        assertThat(only(subject).principal()).isEqualTo(subject);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aRowEditedBySuperuserIsFoundByTheChainCheck() {
        String subject = unique();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new AuditApplicationEvent(subject, "PASSWORD_CHANGED", Map.of("n", i)));
        }
        List<SecurityEventView> three = log.search(new SecurityEventFilter(null, subject, null, null, null),
                PageRequest.of(0, 10)).getContent();
        long middle = three.get(1).seq();
        assertThat(log.verify().intact()).isTrue();

        ChainVerification edited = tampered(
                "update security_event set details = '{\"n\":\"7\"}' where seq = " + middle);
        assertThat(edited.intact()).isFalse();
        assertThat(edited.problems()).containsExactly(new ChainVerification.Problem(middle, Kind.CONTENT, 0));

        // a careful forger also recomputes the hash: then the next event no longer follows
        ChainVerification rehashed = tampered("update security_event set principal = 'nobody', hash = "
                + "encode(sha256('forged'::bytea), 'hex') where seq = " + middle);
        assertThat(rehashed.problems()).extracting(ChainVerification.Problem::kind).contains(Kind.CONTENT, Kind.LINK);
        assertThat(rehashed.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.LINK);
            assertThat(p.seq()).isGreaterThan(middle);
        });

        assertThat(log.verify().intact()).as("the rolled-back tampering left the log intact").isTrue();
    }

    @Test
    void aDeletedEventAndACutOffTailAreFound() {
        String subject = unique();
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new AuditApplicationEvent(subject, "USER_ENABLED", Map.of("n", i)));
        }
        long middle = log.search(new SecurityEventFilter(null, subject, null, null, null), PageRequest.of(0, 10))
                .getContent().get(1).seq();

        ChainVerification gap = tampered("delete from security_event where seq = " + middle);
        assertThat(gap.problems()).containsExactly(new ChainVerification.Problem(middle + 1, Kind.MISSING, middle));

        long last = jdbc.queryForObject("select max(seq) from security_event", Long.class);
        ChainVerification tail = tampered("delete from security_event where seq = " + last);
        assertThat(tail.problems()).containsExactly(new ChainVerification.Problem(last, Kind.MISSING, last));
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        String subject = unique();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                writers.add(() -> {
                    TestUsers.signInAs("writer-" + writer, 1, Role.ADMIN);
                    for (int i = 0; i < 20; i++) {
                        events.publishEvent(new AuditApplicationEvent(subject, "SESSIONS_REVOKED",
                                Map.of("writer", writer, "n", i)));
                    }
                    TestUsers.signOut();
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(log.search(new SecurityEventFilter("SESSIONS_REVOKED", subject, null, null, null),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(120);
        ChainVerification verification = log.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(verification.headSeq());
    }

    @Test
    void onlyAdministratorsAndOversightUsersReadTheLog() {
        for (Role role : List.of(Role.PLANNER, Role.EVALUATOR)) {
            TestUsers.signInAs("reader", 1, role);
            assertThatThrownBy(() -> log.search(SecurityEventFilter.none(), PageRequest.of(0, 1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.verify()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signInAs("inspector", 1, Role.VIEWER);
        assertThat(log.verify().intact()).isTrue();
    }

    /** Runs the statement as the superuser with the append-only trigger off, checks the chain, rolls back. */
    private ChainVerification tampered(String statement) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return transaction.execute(status -> {
            jdbc.execute("alter table security_event disable trigger security_event_append_only");
            jdbc.execute(statement);
            ChainVerification result = log.verify();
            status.setRollbackOnly();
            return result;
        });
    }

    private SecurityEventView only(String subject) {
        List<SecurityEventView> found = log.search(new SecurityEventFilter(null, subject, null, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String unique() {
        return "log-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
