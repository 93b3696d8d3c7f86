package org.ssaplanner.concurrence;

/** Published when a concurrence official answers for their agency, or changes the answer ({@code changed}). */
public record ConcurrenceAnswered(long planId, long reviewId, long agencyId, ConcurrenceAnswer answer,
        String answeredBy, boolean changed) {
}
