package org.ssaplanner.portfolio;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a review decided for one program ({@code decision} null: not decided yet), against the recommendation shown
 * when it was decided, with everything the kind of decision requires.
 */
public record Decision(long itemId, long reviewId, String reviewTitle, long programId, String programTitle, long planId,
        Recommendation decision, Recommendation recommended, String recommendedReasons, String reason, String owner,
        LocalDate followUpDate, String hypothesis, String successIndicator, LocalDate experimentReviewDate,
        String stopCriterion, String closurePlan, String theoryOfChangeEffect, String decidedBy, Instant decidedAt,
        long version) {

    public boolean decided() {
        return decision != null;
    }

    public boolean differs() {
        return decision != null && decision != recommended;
    }

    /** A decision past its follow-up date. */
    public boolean overdue(LocalDate today) {
        return decision != null && followUpDate != null && followUpDate.isBefore(today);
    }

    public boolean overdue() {
        return overdue(LocalDate.now());
    }
}
