package org.ssaplanner.securitylog;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.stereotype.Component;
import org.ssaplanner.securitylog.domain.SecurityEventStore;

/**
 * Spring Boot's audit event store, on the security log. With this bean present Boot's AuditListener writes every
 * {@code AuditApplicationEvent} here, and its AuthenticationAuditListener the sign-in successes and failures.
 */
@Component
class DatabaseAuditEventRepository implements AuditEventRepository {

    private static final int FIND_LIMIT = 1000;

    private final SecurityEventRecorder recorder;
    private final SecurityEventStore store;

    DatabaseAuditEventRepository(SecurityEventRecorder recorder, SecurityEventStore store) {
        this.recorder = recorder;
        this.store = store;
    }

    @Override
    public void add(AuditEvent event) {
        recorder.record(event.getType(), event.getPrincipal(), event.getTimestamp(), event.getData());
    }

    @Override
    public List<AuditEvent> find(String principal, Instant after, String type) {
        return store.find(principal, after, type, FIND_LIMIT).stream()
                .map(e -> new AuditEvent(e.occurredAt(), e.principal(), e.type(),
                        new HashMap<String, Object>(SecurityEventDetails.fromJson(e.details()))))
                .toList();
    }
}
