package org.ssaplanner.concurrence;

/**
 * Published when a plan's interagency review ends: approved (over objections when {@code justification} is set) or
 * returned to draft.
 */
public record ReviewDecided(long planId, long reviewId, ReviewOutcome outcome, String justification,
        String decidedBy) {
}
