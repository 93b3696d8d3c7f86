package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.shared.FieldValidationException.Violation;

class DecisionRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<String> fields(DecisionCommand command, Recommendation recommended) {
        return DecisionRules.check(command, recommended, TODAY).stream().map(Violation::field).toList();
    }

    @Test
    void followingTheRecommendationNeedsAnOwnerAndAFollowUpOnly() {
        assertThat(fields(new DecisionCommand(Recommendation.REVAMP, null, "INL/CO", TODAY.plusMonths(6), null, null,
                null, null, null), Recommendation.REVAMP)).isEmpty();
        assertThat(fields(new DecisionCommand(Recommendation.REVAMP, null, " ", null, null, null, null, null, null),
                Recommendation.REVAMP)).containsExactly("owner", "followUpDate");
        assertThat(fields(new DecisionCommand(null, null, null, null, null, null, null, null, null),
                Recommendation.REVAMP)).containsExactly("decision");
    }

    @Test
    void aDifferentDecisionNeedsItsReason() {
        assertThat(fields(new DecisionCommand(Recommendation.SUSTAIN, "", "INL", TODAY, null, null, null, null, null),
                Recommendation.REVAMP)).containsExactly("reason");
        assertThat(fields(new DecisionCommand(Recommendation.SUSTAIN, null, "INL", TODAY, null, null, null, null, null),
                null)).as("no rule recommended anything").containsExactly("reason");
    }

    @Test
    void anExperimentNeedsHypothesisIndicatorReviewDateAndStopCriterion() {
        assertThat(fields(new DecisionCommand(Recommendation.EXPERIMENT, null, "INL", TODAY, null, null, null, null,
                null), Recommendation.EXPERIMENT)).containsExactly("hypothesis", "successIndicator",
                        "experimentReviewDate", "stopCriterion");
        assertThat(fields(new DecisionCommand(Recommendation.EXPERIMENT, "Try first", "INL", TODAY, "Mentoring works",
                "Cases closed", TODAY.minusDays(1), "No rise in a year", null), Recommendation.REVAMP))
                .containsExactly("experimentReviewDate");
        assertThat(fields(new DecisionCommand(Recommendation.EXPERIMENT, "Try first", "INL", TODAY, "Mentoring works",
                "Cases closed", TODAY.plusMonths(12), "No rise in a year", null), Recommendation.REVAMP)).isEmpty();
    }

    @Test
    void aCutNeedsItsClosurePlan() {
        assertThat(fields(new DecisionCommand(Recommendation.CUT, null, "INL", TODAY, null, null, null, null, null),
                Recommendation.CUT)).containsExactly("closurePlan");
        assertThat(fields(new DecisionCommand(Recommendation.CUT, null, "INL", TODAY, null, null, null, null,
                "Hand over by FY2028"), Recommendation.CUT)).isEmpty();
    }

    @Test
    void textsHaveTheirLimits() {
        assertThat(fields(new DecisionCommand(Recommendation.CUT, null, "x".repeat(201), TODAY, null, null, null, null,
                "Plan"), Recommendation.CUT)).containsExactly("owner");
    }
}
