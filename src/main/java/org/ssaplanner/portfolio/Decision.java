package org.ssaplanner.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a review decided for one program ({@code decision} null: not decided yet), against the recommendation shown
 * when it was decided, with everything the kind of decision requires.
 */
public record Decision(long itemId, long reviewId, String reviewTitle, long programId, String programTitle, long planId,
        Recommendation decision, Recommendation recommended, String recommendedReasons, String reason, String owner,
        LocalDate followUpDate, String hypothesis, String successIndicator, LocalDate experimentReviewDate,
        String stopCriterion, String closurePlan, String theoryOfChangeEffect, String decidedBy, Instant decidedAt,
        long version) {

    /** The effect of a cut on the theory of change: the summary first, then each outcome that loses its program. */
    public List<Phrase> theoryOfChangeEffectPhrases() {
        return Phrase.decode(theoryOfChangeEffect);
    }

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
