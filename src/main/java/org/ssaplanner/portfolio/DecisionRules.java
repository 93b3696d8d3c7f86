package org.ssaplanner.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ssaplanner.shared.FieldValidationException.Violation;

/**
 * What a decision requires (issue 15, section 6): always an owner and a follow-up date; a reason when it differs from
 * the recommendation (or no rule recommended anything); for an experiment its hypothesis, the indicator that will
 * show success, the review date and the stop criterion; for a cut the closure plan.
 */
public final class DecisionRules {

    public static final int MAX_TEXT = 2000;

    private DecisionRules() {
    }

    public static List<Violation> check(DecisionCommand c, Recommendation recommended, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (c.decision() == null) {
            v.add(new Violation("decision", "portfolio.decision.required"));
            return v;
        }
        if (c.decision() != recommended && blank(c.reason())) {
            v.add(new Violation("reason", "portfolio.decision.reason.required"));
        }
        if (blank(c.owner())) {
            v.add(new Violation("owner", "portfolio.decision.owner.required"));
        }
        if (c.followUpDate() == null) {
            v.add(new Violation("followUpDate", "portfolio.decision.followUp.required"));
        }
        if (c.decision() == Recommendation.EXPERIMENT) {
            if (blank(c.hypothesis())) {
                v.add(new Violation("hypothesis", "portfolio.decision.hypothesis.required"));
            }
            if (blank(c.successIndicator())) {
                v.add(new Violation("successIndicator", "portfolio.decision.successIndicator.required"));
            }
            if (c.experimentReviewDate() == null) {
                v.add(new Violation("experimentReviewDate", "portfolio.decision.experimentReviewDate.required"));
            } else if (c.experimentReviewDate().isBefore(today)) {
                v.add(new Violation("experimentReviewDate", "portfolio.decision.experimentReviewDate.past"));
            }
            if (blank(c.stopCriterion())) {
                v.add(new Violation("stopCriterion", "portfolio.decision.stopCriterion.required"));
            }
        }
        if (c.decision() == Recommendation.CUT && blank(c.closurePlan())) {
            v.add(new Violation("closurePlan", "portfolio.decision.closurePlan.required"));
        }
        tooLong(v, "reason", c.reason(), MAX_TEXT);
        tooLong(v, "owner", c.owner(), 200);
        tooLong(v, "hypothesis", c.hypothesis(), MAX_TEXT);
        tooLong(v, "successIndicator", c.successIndicator(), 500);
        tooLong(v, "stopCriterion", c.stopCriterion(), MAX_TEXT);
        tooLong(v, "closurePlan", c.closurePlan(), 4000);
        return v;
    }

    private static void tooLong(List<Violation> v, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            v.add(new Violation(field, "portfolio.text.tooLong", max));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
