package org.ssaplanner.concurrence;

/** An agency's answer to a concurrence request. */
public enum ConcurrenceAnswer {
    CONCUR,
    /** Concurs, with comments (required). */
    CONCUR_WITH_COMMENTS,
    /** Does not concur, with reasons (required). */
    NON_CONCUR;

    /** Whether the answer counts as concurrence for approval. */
    public boolean concurs() {
        return this != NON_CONCUR;
    }

    /** Whether the answer needs comments or reasons. */
    public boolean needsText() {
        return this != CONCUR;
    }
}
