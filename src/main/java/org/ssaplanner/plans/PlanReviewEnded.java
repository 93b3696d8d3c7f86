package org.ssaplanner.plans;

/**
 * Published when a plan leaves interagency review: approved (with the administrator's justification when it was
 * approved over a non-concurrence or an overdue answer, else null) or returned to draft. Listeners run in the
 * same transaction.
 */
public record PlanReviewEnded(long planId, PlanStatus outcome, String justification) {
}
