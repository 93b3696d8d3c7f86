package org.ssaplanner.securitylog;

import static org.ssaplanner.shared.Text.blankToNull;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.securitylog.ChainVerification.Kind;
import org.ssaplanner.securitylog.ChainVerification.Problem;
import org.ssaplanner.securitylog.domain.SecurityEventHash;
import org.ssaplanner.securitylog.domain.SecurityEventQuery;
import org.ssaplanner.securitylog.domain.SecurityEventStore;
import org.ssaplanner.securitylog.domain.StoredEvent;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.csv.SpreadsheetCsv;

/**
 * Reading the security log: administrators and read-only oversight users (VIEWER). Oversight users are given it
 * because reviewing what administrators do is their job (NIST SP 800-53 AU-6, AC-5): a log that only the
 * administrators can read is reviewed by the people it records. The log holds no secrets (no passwords, session
 * ids or codes). Nobody changes it: there is no method for that, and the database refuses it.
 */
@Service
@Transactional(readOnly = true)
public class SecurityLogService {

    /** The event types the application records, in the order the filter lists them. */
    public static final List<String> KNOWN_TYPES = List.of("AUTHENTICATION_SUCCESS", "AUTHENTICATION_FAILURE",
            "LOGOUT_SUCCESS", "ACCOUNT_LOCKED", "USER_UNLOCKED", "PASSWORD_CHANGED", "PASSWORD_RESET", "MFA_ENROLLED",
            "MFA_REMOVED", "RECOVERY_CODE_USED", "SESSIONS_REVOKED", "USER_CREATED", "USER_DISABLED", "USER_ENABLED",
            "ROLES_CHANGED", "AGENCY_CHANGED", "WAIVER_REQUESTED", "WAIVER_APPROVED", "WAIVER_REJECTED",
            "WAIVER_WITHDRAWN", "IMPORT_SUBMITTED", "IMPORT_RERUN", "IMPORT_SUCCEEDED", "IMPORT_FAILED",
            "IMPORT_ROLLED_BACK");

    private final SecurityEventStore store;

    SecurityLogService(SecurityEventStore store) {
        this.store = store;
    }

    /** The order of the log asked for by the URL's {@code sort} and {@code dir} (whitelisted). */
    public static ListSort order(String sort, String dir) {
        return SecurityEventStore.SORTS.resolve(sort, dir);
    }

    /** A page of events; {@code pageable}'s sort is {@link ListSort#asKeySort()} of {@link #order}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'VIEWER')")
    public Page<SecurityEventView> search(SecurityEventFilter filter, Pageable pageable) {
        SecurityEventQuery query = query(filter);
        long total = store.count(query);
        List<SecurityEventView> content = total == 0 ? List.of()
                : store.page(query, SecurityEventStore.SORTS.resolve(pageable.getSort()), pageable.getOffset(),
                        pageable.getPageSize()).stream()
                        .map(SecurityLogService::view).toList();
        return new PageImpl<>(content, pageable, total);
    }

    /** The known types and any other type that occurs, for the filter. */
    @PreAuthorize("hasAnyRole('ADMIN', 'VIEWER')")
    public List<String> types() {
        List<String> types = new ArrayList<>(KNOWN_TYPES);
        new TreeSet<>(store.types()).stream().filter(t -> !KNOWN_TYPES.contains(t)).forEach(types::add);
        return types;
    }

    /**
     * Writes the matching events, oldest first, as CSV (spreadsheet-safe), with their hashes so that a copy can be
     * checked later. {@code label} gives each type's name as the page shows it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'VIEWER')")
    public void export(SecurityEventFilter filter, Function<String, String> label, Writer out) {
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.row("Seq", "Time (UTC)", "Type", "Event", "User", "By", "Address", "Details", "Hash", "Previous hash");
            store.forEach(query(filter), e -> csv.row(e.seq(), e.occurredAt().toString(), e.type(),
                    label.apply(e.type()), e.principal(), e.actor(), e.remoteAddress(),
                    SecurityEventDetails.fromJson(e.details()).entrySet().stream()
                            .map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining("; ")),
                    e.hash(), e.prevHash()));
        }
    }

    /**
     * Checks the whole chain up to the head as it is now: every seq present, every event's content giving its
     * hash, every previous-hash the hash of the event before, and the head matching the last event.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'VIEWER')")
    public ChainVerification verify() {
        SecurityEventStore.Head head = store.head();
        ChainCheck check = new ChainCheck();
        store.forEachUpTo(head.lastSeq(), check::accept);
        if (check.lastSeq < head.lastSeq()) {
            check.problem(new Problem(head.lastSeq(), Kind.MISSING, check.lastSeq + 1));
        } else if (!check.lastHash.equals(head.lastHash())) {
            check.problem(new Problem(head.lastSeq(), Kind.HEAD, 0));
        }
        return new ChainVerification(Instant.now(), check.checked, head.lastSeq(), head.lastHash(),
                List.copyOf(check.problems), check.truncated);
    }

    private static final class ChainCheck {

        private long lastSeq;
        private String lastHash = SecurityEventHash.GENESIS;
        private long checked;
        private final List<Problem> problems = new ArrayList<>();
        private boolean truncated;

        void accept(StoredEvent event) {
            checked++;
            if (event.seq() != lastSeq + 1) {
                problem(new Problem(event.seq(), Kind.MISSING, lastSeq + 1));
            } else if (!event.prevHash().equals(lastHash)) {
                problem(new Problem(event.seq(), Kind.LINK, 0));
            }
            if (!event.recomputedHash().equals(event.hash())) {
                problem(new Problem(event.seq(), Kind.CONTENT, 0));
            }
            lastSeq = event.seq();
            lastHash = event.hash();
        }

        void problem(Problem problem) {
            if (problems.size() < ChainVerification.MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                truncated = true;
            }
        }
    }

    private static SecurityEventQuery query(SecurityEventFilter filter) {
        return new SecurityEventQuery(blankToNull(SecurityEventRecorder.normalizedType(filter.type())),
                blankToNull(filter.user()), blankToNull(filter.address()), startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static SecurityEventView view(StoredEvent e) {
        Map<String, String> details = SecurityEventDetails.fromJson(e.details());
        return new SecurityEventView(e.seq(), e.occurredAt(), e.type(), e.principal(), e.actor(), e.remoteAddress(),
                details, e.hash(), e.prevHash());
    }
}
