package org.ssaplanner.concurrence;

import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.plans.PlanApproval;

/**
 * The approval rule of issue 14 as a pure function. Approval needs every participating agency to concur (with or
 * without comments): then the conductor or an administrator approves. With a non-concurrence, or a request still
 * unanswered after its due date, only an administrator approves, recording a justification. While answers are
 * awaited before the due date nobody approves. A review that asked no agency is never approved by the conductor
 * alone: it takes an administrator.
 */
public final class ApprovalRule {

    private ApprovalRule() {
    }

    /** One agency's request: its code and answer (null while unanswered). */
    public record Request(String agencyCode, ConcurrenceAnswer answer) {
    }

    /** The rule's verdict, with the agencies behind it (codes, in the order given). */
    public record Verdict(PlanApproval.Kind kind, List<String> nonConcurring, List<String> overdue,
            List<String> pending) {
    }

    /** Answers are due by {@code dueDate}: a request unanswered on a later day is overdue. */
    public static boolean overdue(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate);
    }

    public static Verdict evaluate(List<Request> requests, LocalDate dueDate, LocalDate today) {
        List<String> nonConcurring = requests.stream().filter(r -> r.answer() != null && !r.answer().concurs())
                .map(Request::agencyCode).toList();
        List<String> unanswered = requests.stream().filter(r -> r.answer() == null).map(Request::agencyCode).toList();
        boolean late = overdue(dueDate, today);
        List<String> overdue = late ? unanswered : List.of();
        List<String> pending = late ? List.of() : unanswered;
        PlanApproval.Kind kind;
        if (requests.isEmpty() || !nonConcurring.isEmpty() || !overdue.isEmpty()) {
            kind = PlanApproval.Kind.OVERRIDE;
        } else if (!pending.isEmpty()) {
            kind = PlanApproval.Kind.PENDING;
        } else {
            kind = PlanApproval.Kind.CONCURRED;
        }
        return new Verdict(kind, nonConcurring, overdue, pending);
    }
}
