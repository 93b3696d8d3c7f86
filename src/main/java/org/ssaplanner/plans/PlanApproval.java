package org.ssaplanner.plans;

import java.util.List;

/**
 * What approving a plan in interagency review takes now ({@link PlanApprovalGate}).
 *
 * @param kind who may approve, and whether with a justification
 * @param reasons why, in the user's language (e.g. the agencies that did not concur, the overdue answers)
 */
public record PlanApproval(Kind kind, List<String> reasons) {

    public PlanApproval {
        reasons = List.copyOf(reasons);
    }

    public enum Kind {
        /** Every participating agency concurred: the conductor or an administrator approves. */
        CONCURRED,
        /**
         * An agency did not concur or did not answer by the due date: only an administrator approves, recording a
         * justification.
         */
        OVERRIDE,
        /** Answers are awaited (none overdue, no non-concurrence): nobody approves yet. */
        PENDING,
        /** No concurrence workflow is present: an administrator approves. */
        ADMINISTRATOR
    }

    public static PlanApproval administratorOnly() {
        return new PlanApproval(Kind.ADMINISTRATOR, List.of());
    }

    public boolean needsJustification() {
        return kind == Kind.OVERRIDE;
    }
}
