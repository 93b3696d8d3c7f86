package org.ssaplanner.portfolio;

import java.time.LocalDate;

/** A decision as the reviewer enters it. */
public record DecisionCommand(Recommendation decision, String reason, String owner, LocalDate followUpDate,
        String hypothesis, String successIndicator, LocalDate experimentReviewDate, String stopCriterion,
        String closurePlan) {
}
