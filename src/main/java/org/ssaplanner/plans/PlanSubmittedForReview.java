package org.ssaplanner.plans;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published when the conductor (or an administrator) submits a plan for interagency review: each participating
 * agency is to answer by the due date. Listeners run in the submitting transaction.
 */
public record PlanSubmittedForReview(long planId, LocalDate reviewDueDate, Set<Long> participatingAgencyIds) {

    public PlanSubmittedForReview {
        participatingAgencyIds = Set.copyOf(participatingAgencyIds);
    }
}
