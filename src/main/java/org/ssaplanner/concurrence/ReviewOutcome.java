package org.ssaplanner.concurrence;

/** How an interagency review ended. */
public enum ReviewOutcome {
    APPROVED,
    RETURNED_TO_DRAFT
}
