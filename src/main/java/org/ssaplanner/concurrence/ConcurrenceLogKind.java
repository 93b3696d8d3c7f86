package org.ssaplanner.concurrence;

/** What a line of a plan's concurrence history records. */
public enum ConcurrenceLogKind {
    REQUESTED,
    ANSWERED,
    ANSWER_CHANGED,
    /** The agency stopped participating while the plan was in review. */
    WITHDRAWN,
    APPROVED,
    APPROVED_OVER_OBJECTIONS,
    RETURNED_TO_DRAFT,
    /** The conductor or an administrator moved the review's due date (old and new in the detail). */
    DUE_DATE_CHANGED
}
