package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssaplanner.evaluations.ProgressStatus.NO_DATA;
import static org.ssaplanner.evaluations.ProgressStatus.OFF_TRACK;
import static org.ssaplanner.evaluations.ProgressStatus.ON_TRACK;
import static org.ssaplanner.reference.MetricLevel.IMPACT;
import static org.ssaplanner.reference.MetricLevel.INPUT;
import static org.ssaplanner.reference.MetricLevel.OUTCOME;
import static org.ssaplanner.reference.MetricLevel.OUTPUT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.portfolio.PerformanceRules.Indicator;
import org.ssaplanner.portfolio.PerformanceRules.Result;
import org.ssaplanner.reference.MetricLevel;

class PerformanceRulesTests {

    private static Indicator i(MetricLevel level, ProgressStatus status) {
        return new Indicator(level, status);
    }

    @Test
    void withoutOutcomeEvidenceThePerformanceIsUnknownNeverFine() {
        // outputs on track, a good evaluation: still no evidence of effect
        Result r = PerformanceRules.assess(List.of(i(OUTPUT, ON_TRACK), i(INPUT, ON_TRACK)), 5);

        assertThat(r.performance()).isEqualTo(Performance.UNKNOWN);
        assertThat(r.outcomeShare()).isZero();
        assertThat(PerformanceRules.assess(List.of(), null).performance()).isEqualTo(Performance.UNKNOWN);
        assertThat(PerformanceRules.assess(List.of(), null).outcomeShare()).as("no indicators: no share").isNull();
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, NO_DATA)), null).performance())
                .as("an outcome indicator without data is no evidence").isEqualTo(Performance.UNKNOWN);
    }

    @Test
    void outcomeAndImpactIndicatorsDecide() {
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(IMPACT, ON_TRACK), i(OUTPUT, OFF_TRACK)),
                null).performance()).isEqualTo(Performance.ON_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(OUTCOME, ON_TRACK), i(IMPACT, OFF_TRACK)),
                null).performance()).as("two thirds on track").isEqualTo(Performance.ON_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(OUTCOME, OFF_TRACK)), null).performance())
                .isEqualTo(Performance.MIXED);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(OUTCOME, OFF_TRACK), i(IMPACT, OFF_TRACK)),
                null).performance()).as("a third on track").isEqualTo(Performance.OFF_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, OFF_TRACK)), null).performance())
                .isEqualTo(Performance.OFF_TRACK);
    }

    @Test
    void countsAndTheShareOfOutcomeLevelIndicatorsAreKept() {
        Result r = PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(OUTCOME, OFF_TRACK), i(IMPACT, NO_DATA),
                i(OUTPUT, ON_TRACK)), 3);

        assertThat(r.onTrack()).isEqualTo(1);
        assertThat(r.offTrack()).isEqualTo(1);
        assertThat(r.noData()).isEqualTo(1);
        assertThat(r.indicators()).isEqualTo(4);
        assertThat(r.outcomeIndicators()).isEqualTo(3);
        assertThat(r.outcomeShare()).isEqualTo(75);
        assertThat(r.effectRating()).isEqualTo(3);
    }

    @Test
    void aPoorEffectRatingMakesItOneStepWorseButNeverKnown() {
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK)), 2).performance()).isEqualTo(Performance.MIXED);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK), i(OUTCOME, OFF_TRACK)), 1).performance())
                .isEqualTo(Performance.OFF_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, OFF_TRACK)), 1).performance())
                .isEqualTo(Performance.OFF_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTPUT, ON_TRACK)), 1).performance())
                .isEqualTo(Performance.UNKNOWN);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, ON_TRACK)), 3).performance())
                .as("a middling rating changes nothing").isEqualTo(Performance.ON_TRACK);
        assertThat(PerformanceRules.assess(List.of(i(OUTCOME, OFF_TRACK)), 5).performance())
                .as("a good rating never makes it better").isEqualTo(Performance.OFF_TRACK);
    }
}
