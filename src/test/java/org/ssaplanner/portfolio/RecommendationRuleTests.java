package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.portfolio.Performance.MIXED;
import static org.ssaplanner.portfolio.Performance.OFF_TRACK;
import static org.ssaplanner.portfolio.Performance.ON_TRACK;
import static org.ssaplanner.portfolio.Performance.UNKNOWN;
import static org.ssaplanner.portfolio.RiskLevel.HIGH;
import static org.ssaplanner.portfolio.RiskLevel.LOW;
import static org.ssaplanner.portfolio.RiskLevel.MEDIUM;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssaplanner.portfolio.RecommendationRule.Factors;

/** Every seeded rule: what it catches, in position order, and what falls through to the next. */
class RecommendationRuleTests {

    private static final List<RecommendationRule> RULES = SeedRules.all();

    private static Factors f(Integer priority, Performance performance, RiskLevel risk) {
        return new Factors(priority, performance, risk, null, null, null);
    }

    private static Factors f(Integer priority, Performance performance, RiskLevel risk, String share, Boolean rising) {
        return new Factors(priority, performance, risk, new BigDecimal(share), rising, null);
    }

    private static String decided(Factors factors) {
        return RecommendationRule.first(RULES, factors).map(r -> r.position() + " " + r.recommendation()).orElse("none");
    }

    @Test
    void rule5_cuttingWouldCedeGround() {
        assertThat(decided(f(4, OFF_TRACK, LOW, "62.0", true))).isEqualTo("5 REVAMP");
        assertThat(decided(f(3, OFF_TRACK, HIGH, "50.0", true))).isEqualTo("5 REVAMP");
        assertThat(decided(f(4, OFF_TRACK, LOW, "62.0", false))).as("not rising: cut").isEqualTo("10 CUT");
        assertThat(decided(f(4, OFF_TRACK, LOW, "49.9", true))).as("under half: cut").isEqualTo("10 CUT");
        assertThat(decided(f(4, OFF_TRACK, LOW))).as("no competition data").isEqualTo("10 CUT");
    }

    @Test
    void rule10_lowStakesNotWorking() {
        assertThat(decided(f(4, OFF_TRACK, LOW))).isEqualTo("10 CUT");
        assertThat(decided(f(5, OFF_TRACK, HIGH))).isEqualTo("10 CUT");
        assertThat(decided(f(3, OFF_TRACK, LOW))).as("priority 3 is not low").isEqualTo("120 REVAMP");
    }

    @Test
    void rule20_highStakesNotWorking() {
        // the example: priority 1, off track, risk low, competitors' share 62% rising -> revamp
        assertThat(decided(f(1, OFF_TRACK, LOW, "62.0", true))).isEqualTo("20 REVAMP");
        assertThat(decided(f(2, MIXED, MEDIUM))).isEqualTo("20 REVAMP");
        assertThat(decided(f(2, OFF_TRACK, HIGH))).isEqualTo("20 REVAMP");
    }

    @Test
    void rule30_highStakesHighRisk() {
        assertThat(decided(f(1, ON_TRACK, HIGH))).isEqualTo("30 REVAMP");
        assertThat(decided(f(2, UNKNOWN, HIGH))).isEqualTo("30 REVAMP");
    }

    @Test
    void rule40_lowStakesHighRisk() {
        assertThat(decided(f(5, ON_TRACK, HIGH))).isEqualTo("40 CUT");
        assertThat(decided(f(4, UNKNOWN, HIGH))).isEqualTo("40 CUT");
        assertThat(decided(f(4, MIXED, HIGH))).isEqualTo("40 CUT");
    }

    @Test
    void rule50_contestedPartnerMixedResults() {
        assertThat(decided(f(3, MIXED, LOW, "25.0", null))).isEqualTo("50 REVAMP");
        assertThat(decided(f(3, MIXED, LOW, "24.9", true))).as("under a quarter").isEqualTo("110 REVAMP");
    }

    @Test
    void rule60_stakesWithoutEvidence() {
        assertThat(decided(f(1, UNKNOWN, LOW))).isEqualTo("60 EXPERIMENT");
        assertThat(decided(f(3, UNKNOWN, MEDIUM))).isEqualTo("60 EXPERIMENT");
        assertThat(decided(f(3, UNKNOWN, HIGH))).isEqualTo("60 EXPERIMENT");
    }

    @Test
    void rule70_noEvidenceLowStakesSomeRisk() {
        assertThat(decided(f(4, UNKNOWN, MEDIUM))).isEqualTo("70 CUT");
        assertThat(decided(f(5, UNKNOWN, LOW))).as("low risk: unproven").isEqualTo("100 EXPERIMENT");
    }

    @Test
    void rule80_working() {
        assertThat(decided(f(1, ON_TRACK, LOW))).isEqualTo("80 SUSTAIN");
        assertThat(decided(f(5, ON_TRACK, MEDIUM))).isEqualTo("80 SUSTAIN");
        assertThat(decided(f(null, ON_TRACK, LOW))).as("no priority needed").isEqualTo("80 SUSTAIN");
    }

    @Test
    void rule90_workingButRisky() {
        assertThat(decided(f(3, ON_TRACK, HIGH))).isEqualTo("90 REVAMP");
        assertThat(decided(f(null, ON_TRACK, HIGH))).isEqualTo("90 REVAMP");
    }

    @Test
    void rule100_unproven() {
        assertThat(decided(f(null, UNKNOWN, HIGH))).isEqualTo("100 EXPERIMENT");
        assertThat(decided(f(5, UNKNOWN, LOW))).isEqualTo("100 EXPERIMENT");
    }

    @Test
    void rule110_mixedResults() {
        assertThat(decided(f(null, MIXED, LOW))).isEqualTo("110 REVAMP");
        assertThat(decided(f(3, MIXED, MEDIUM))).isEqualTo("110 REVAMP");
    }

    @Test
    void rule120_notWorking() {
        assertThat(decided(f(null, OFF_TRACK, LOW))).isEqualTo("120 REVAMP");
        assertThat(decided(f(3, OFF_TRACK, HIGH))).isEqualTo("120 REVAMP");
    }

    @Test
    void everyCombinationGetsARecommendation() {
        for (Integer priority : new Integer[] {null, 1, 2, 3, 4, 5}) {
            for (Performance performance : Performance.values()) {
                for (RiskLevel risk : RiskLevel.values()) {
                    assertThat(decided(f(priority, performance, risk))).as(priority + " " + performance + " " + risk)
                            .isNotEqualTo("none");
                }
            }
        }
    }

    @Test
    void conditionsHoldOnlyWhenEveryOneDoes() {
        RecommendationRule tier = new RecommendationRule(1, 1, "Tier 1", Recommendation.SUSTAIN, "", null, null,
                Set.of(), Set.of(), null, null, 1, true);
        assertThat(tier.matches(new Factors(1, ON_TRACK, LOW, null, null, 1))).isTrue();
        assertThat(tier.matches(new Factors(1, ON_TRACK, LOW, null, null, 2))).isFalse();
        assertThat(tier.matches(new Factors(1, ON_TRACK, LOW, null, null, null))).as("no tier").isFalse();

        RecommendationRule disabled = new RecommendationRule(2, 2, "Off", Recommendation.CUT, "", null, null, Set.of(),
                Set.of(), null, null, null, false);
        assertThat(disabled.matches(f(1, ON_TRACK, LOW))).isFalse();
        assertThat(RecommendationRule.first(List.of(disabled), f(1, ON_TRACK, LOW))).isEmpty();

        RecommendationRule always = new RecommendationRule(3, 3, "Always", Recommendation.SUSTAIN, "", null, null,
                EnumSet.noneOf(Performance.class), null, null, null, null, true);
        assertThat(always.matches(f(null, UNKNOWN, HIGH))).isTrue();
        assertThat(PortfolioTexts.conditions(always)).containsExactly("always");
    }

    @Test
    void rulesAreTriedInPositionOrderWhateverTheListOrder() {
        RecommendationRule late = new RecommendationRule(1, 50, "Late", Recommendation.CUT, "", null, null, Set.of(),
                Set.of(), null, null, null, true);
        RecommendationRule early = new RecommendationRule(2, 10, "Early", Recommendation.SUSTAIN, "", null, null,
                Set.of(), Set.of(), null, null, null, true);
        assertThat(RecommendationRule.first(List.of(late, early), f(1, ON_TRACK, LOW)).orElseThrow().name())
                .isEqualTo("Early");
    }

    @Test
    void conditionsReadInWords() {
        assertThat(PortfolioTexts.conditions(RULES.get(0))).containsExactly("priority 3–5", "performance off track",
                "competitors' share at least 50%", "competitors' share rising");
        assertThat(PortfolioTexts.conditions(RULES.get(8))).containsExactly("performance on track", "risk low or medium");
    }
}
