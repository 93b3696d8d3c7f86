package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which workload rule speaks for a program: every condition met, the most specific wins, then the oldest. */
class WorkloadRulesTests {

    private static final BigDecimal M1 = new BigDecimal("1000000");
    private static final BigDecimal M10 = new BigDecimal("10000000");

    private static WorkloadRuleView rule(long id, String type, String status, BigDecimal min, BigDecimal max) {
        return new WorkloadRuleView(id, 0, type, status, min, max, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, null, null, null);
    }

    private static final WorkloadRuleView SMALL = rule(1, null, null, null, M1);
    private static final WorkloadRuleView MEDIUM = rule(2, null, null, M1, M10);
    private static final WorkloadRuleView LARGE = rule(3, null, null, M10, null);
    private static final WorkloadRuleView ACTIVE_TRAINING = rule(4, "TRAINING", "ACTIVE", null, null);
    private static final WorkloadRuleView TRAINING = rule(5, "TRAINING", null, null, null);
    private static final List<WorkloadRuleView> RULES = List.of(LARGE, TRAINING, SMALL, ACTIVE_TRAINING, MEDIUM);

    @Test
    void theFundingBandIncludesItsLowerBoundAndExcludesItsUpperBound() {
        assertThat(WorkloadRules.match(RULES, "ADVISING", "ACTIVE", new BigDecimal("999999.99"))).contains(SMALL);
        assertThat(WorkloadRules.match(RULES, "ADVISING", "ACTIVE", M1)).contains(MEDIUM);
        assertThat(WorkloadRules.match(RULES, "ADVISING", "ACTIVE", M10)).contains(LARGE);
        // no funding lines: nothing allocated, the smallest band
        assertThat(WorkloadRules.match(RULES, "ADVISING", "PROPOSED", null)).contains(SMALL);
    }

    @Test
    void theMostSpecificMatchingRuleWins() {
        // TRAINING and ACTIVE (two conditions) beat TRAINING (one) and the band (one)
        assertThat(WorkloadRules.match(RULES, "TRAINING", "ACTIVE", M1)).contains(ACTIVE_TRAINING);
        // a proposed training program: TRAINING and the medium band each set one condition; the older rule wins
        assertThat(WorkloadRules.match(RULES, "TRAINING", "PROPOSED", M1)).contains(MEDIUM);
        assertThat(WorkloadRules.match(RULES, "TRAINING", "PROPOSED", new BigDecimal("5"))).contains(SMALL);
    }

    @Test
    void aRuleWithUnmetConditionsNeverMatchesAndTheReadingOrderDoesNotMatter() {
        List<WorkloadRuleView> onlyTraining = List.of(ACTIVE_TRAINING, TRAINING);
        assertThat(WorkloadRules.match(onlyTraining, "EXERCISE", "ACTIVE", M1)).isEmpty();
        assertThat(WorkloadRules.match(onlyTraining, "TRAINING", "SUSPENDED", M1)).contains(TRAINING);
        assertThat(WorkloadRules.match(List.of(TRAINING, ACTIVE_TRAINING), "TRAINING", "ACTIVE", M1))
                .contains(ACTIVE_TRAINING);
        assertThat(WorkloadRules.match(List.of(MEDIUM, rule(9, "TRAINING", null, null, null)), "TRAINING", null, M1))
                .map(WorkloadRuleView::id).contains(2L);
        assertThat(ACTIVE_TRAINING.specificity()).isEqualTo(2);
        assertThat(rule(7, null, null, null, null).specificity()).isZero();
    }
}
