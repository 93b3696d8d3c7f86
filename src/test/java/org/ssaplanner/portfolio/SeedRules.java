package org.ssaplanner.portfolio;

import static org.ssaplanner.portfolio.Performance.MIXED;
import static org.ssaplanner.portfolio.Performance.OFF_TRACK;
import static org.ssaplanner.portfolio.Performance.ON_TRACK;
import static org.ssaplanner.portfolio.Performance.UNKNOWN;
import static org.ssaplanner.portfolio.RiskLevel.HIGH;
import static org.ssaplanner.portfolio.RiskLevel.LOW;
import static org.ssaplanner.portfolio.RiskLevel.MEDIUM;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The rules the migration seeds ({@code V202612022010__portfolio_create_rules.sql}), as the engine reads them:
 * position, recommendation and conditions. {@code SeedRulesIntegrationTests} checks that the database holds the same.
 */
final class SeedRules {

    private SeedRules() {
    }

    static List<RecommendationRule> all() {
        return List.of(
                rule(5, "Cutting would cede ground", Recommendation.REVAMP, 3, 5, Set.of(OFF_TRACK), Set.of(), "50.0", true),
                rule(10, "Low stakes, not working", Recommendation.CUT, 4, 5, Set.of(OFF_TRACK), Set.of(), null, null),
                rule(20, "High stakes, not working", Recommendation.REVAMP, 1, 2, Set.of(OFF_TRACK, MIXED), Set.of(), null,
                        null),
                rule(30, "High stakes, high risk", Recommendation.REVAMP, 1, 2, Set.of(), Set.of(HIGH), null, null),
                rule(40, "Low stakes, high risk", Recommendation.CUT, 4, 5, Set.of(), Set.of(HIGH), null, null),
                rule(50, "Contested partner, mixed results", Recommendation.REVAMP, 1, 3, Set.of(MIXED), Set.of(), "25.0",
                        null),
                rule(60, "Stakes without evidence", Recommendation.EXPERIMENT, 1, 3, Set.of(UNKNOWN), Set.of(), null, null),
                rule(70, "No evidence, low stakes, some risk", Recommendation.CUT, 4, 5, Set.of(UNKNOWN), Set.of(MEDIUM),
                        null, null),
                rule(80, "Working", Recommendation.SUSTAIN, null, null, Set.of(ON_TRACK), Set.of(LOW, MEDIUM), null, null),
                rule(90, "Working but risky", Recommendation.REVAMP, null, null, Set.of(ON_TRACK), Set.of(HIGH), null, null),
                rule(100, "Unproven", Recommendation.EXPERIMENT, null, null, Set.of(UNKNOWN), Set.of(), null, null),
                rule(110, "Mixed results", Recommendation.REVAMP, null, null, Set.of(MIXED), Set.of(), null, null),
                rule(120, "Not working", Recommendation.REVAMP, null, null, Set.of(OFF_TRACK), Set.of(), null, null));
    }

    private static RecommendationRule rule(int position, String name, Recommendation recommendation, Integer min,
            Integer max, Set<Performance> performances, Set<RiskLevel> risks, String share, Boolean rising) {
        return new RecommendationRule(position, position, name, recommendation, "", min, max, performances, risks,
                share == null ? null : new BigDecimal(share), rising, null, true);
    }
}
