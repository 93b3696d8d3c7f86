package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ssaplanner.evaluations.ProgressRules.PeriodPoint;

class ProgressRulesTests {

    private static final List<String> LEVELS = List.of("Nascent", "Developing", "Capable", "Advanced");

    static MeasureValue n(String value) {
        return value == null ? null : MeasureValue.ofNumber(new BigDecimal(value));
    }

    static MeasureValue t(String value) {
        return value == null ? null : MeasureValue.ofText(value);
    }

    static PeriodPoint period(int year, MeasureValue target, MeasureValue actual) {
        return new PeriodPoint(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), target, actual);
    }

    static IndicatorProgress numeric(Direction direction, String baseline, PeriodPoint... periods) {
        return ProgressRules.assess(IndicatorMeasure.UNIT, direction, List.of(), n(baseline), List.of(periods));
    }

    @Nested
    class HigherIsBetter {

        @Test
        void reachingTheTargetOfTheLatestPeriodWithAnActualIsOnTrack() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "10",
                    period(2024, n("20"), n("22")), period(2025, n("30"), n("30")), period(2026, n("40"), null));
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(p.latestActual()).isEqualTo(n("30"));
            assertThat(p.periodTarget()).isEqualTo(n("30"));
            assertThat(p.finalTarget()).isEqualTo(n("40"));
            // (30 - 10) / (40 - 10) = 67 %
            assertThat(p.percentToTarget()).isEqualTo(67);
        }

        @Test
        void fallingShortIsOffTrack() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "10", period(2025, n("30"), n("29.9")));
            assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.below");
        }

        @Test
        void periodsAreJudgedByDateNotByTheOrderTheyCameIn() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "0",
                    period(2026, n("50"), n("10")), period(2025, n("20"), n("40")));
            assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
            assertThat(p.latestActual()).isEqualTo(n("10"));
        }
    }

    @Nested
    class LowerIsBetter {

        @Test
        void stayingAtOrBelowTheTargetIsOnTrack() {
            IndicatorProgress p = numeric(Direction.LOWER_IS_BETTER, "50", period(2025, n("30"), n("30")));
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(p.percentToTarget()).isEqualTo(100);
            assertThat(numeric(Direction.LOWER_IS_BETTER, "50", period(2025, n("30"), n("25"))).status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
        }

        @Test
        void aboveTheTargetIsOffTrackAndProgressCountsDownFromTheBaseline() {
            IndicatorProgress p = numeric(Direction.LOWER_IS_BETTER, "50", period(2025, n("20"), n("35")));
            assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.above");
            // (35 - 50) / (20 - 50) = 50 %
            assertThat(p.percentToTarget()).isEqualTo(50);
        }

        @Test
        void gettingWorseThanTheBaselineGivesNegativeProgressAndNoBar() {
            IndicatorProgress p = numeric(Direction.LOWER_IS_BETTER, "50", period(2025, n("20"), n("60")));
            assertThat(p.percentToTarget()).isEqualTo(-33);
            assertThat(p.barStep()).isZero();
        }
    }

    @Nested
    class Ordinal {

        IndicatorProgress ordinal(Direction direction, String baseline, PeriodPoint... periods) {
            return ProgressRules.assess(IndicatorMeasure.ORDINAL, direction, LEVELS, t(baseline), List.of(periods));
        }

        @Test
        void levelsCompareByTheirPositionNotAlphabetically() {
            // alphabetically "Advanced" < "Capable", by position it is higher
            assertThat(ordinal(Direction.HIGHER_IS_BETTER, "Nascent", period(2025, t("Capable"), t("Advanced"))).status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(ordinal(Direction.HIGHER_IS_BETTER, "Nascent", period(2025, t("Capable"), t("Developing"))).status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void progressIsMeasuredInLevels() {
            IndicatorProgress p = ordinal(Direction.HIGHER_IS_BETTER, "Nascent", period(2025, t("Capable"), t("Developing")));
            assertThat(p.percentToTarget()).isEqualTo(50);
        }

        @Test
        void lowerIsBetterWorksOnLevelsToo() {
            assertThat(ordinal(Direction.LOWER_IS_BETTER, "Advanced", period(2025, t("Developing"), t("Nascent"))).status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(ordinal(Direction.LOWER_IS_BETTER, "Advanced", period(2025, t("Developing"), t("Capable"))).status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void aLevelThatIsNoLongerDefinedGivesNoData() {
            IndicatorProgress p = ordinal(Direction.HIGHER_IS_BETTER, "Nascent", period(2025, t("Capable"), t("Gone")));
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.unknownLevel");
        }
    }

    @Nested
    class MissingData {

        @Test
        void noPeriodsAtAllIsNoData() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "10");
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.noActual");
            assertThat(p.percentToTarget()).isNull();
        }

        @Test
        void targetsWithoutActualsAreNoData() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "10", period(2025, n("20"), null));
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.finalTarget()).isEqualTo(n("20"));
        }

        @Test
        void anActualWithoutTargetInItsPeriodIsNoDataButStillShowsProgressToTheFinalTarget() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, "0",
                    period(2025, null, n("5")), period(2026, n("10"), null));
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.noTarget");
            assertThat(p.latestActual()).isEqualTo(n("5"));
            assertThat(p.percentToTarget()).isEqualTo(50);
        }

        @Test
        void withoutBaselineThereIsAStatusButNoProgressPercentage() {
            IndicatorProgress p = numeric(Direction.HIGHER_IS_BETTER, null, period(2025, n("20"), n("25")));
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(p.percentToTarget()).isNull();
        }

        @Test
        void qualitativeIndicatorsAreNotScoredButShowTheLatestStatement() {
            IndicatorProgress p = ProgressRules.assess(IndicatorMeasure.QUALITATIVE, Direction.HIGHER_IS_BETTER,
                    List.of(), t("weak"), List.of(period(2025, t("credible reporting"), t("first reports filed"))));
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reasonKey()).isEqualTo("progress.reason.qualitative");
            assertThat(p.latestActual()).isEqualTo(t("first reports filed"));
        }
    }

    @Test
    void theProgressBarIsClampedAndStepped() {
        assertThat(numeric(Direction.HIGHER_IS_BETTER, "0", period(2025, n("100"), n("57"))).barStep()).isEqualTo(50);
        assertThat(numeric(Direction.HIGHER_IS_BETTER, "0", period(2025, n("100"), n("250"))).barStep()).isEqualTo(100);
    }
}
