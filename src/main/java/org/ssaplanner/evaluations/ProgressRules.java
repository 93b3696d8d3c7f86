package org.ssaplanner.evaluations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How far an indicator has come. The rules, in the words shown to users:
 * <ul>
 * <li>The latest actual is the actual of the latest-ending period that has one. No actual: no data.</li>
 * <li>Status compares the latest actual with the target of the same period: on track when it reaches
 *     the target (at or above it when higher is better, at or below it when lower is better), else off
 *     track. No target in that period: no data (the missing target is flagged).</li>
 * <li>Ordinal measures compare the position of the levels (the first level defined is the lowest).</li>
 * <li>Qualitative measures are not scored: no data, with the latest statement shown.</li>
 * <li>Progress to target is the share of the way from the baseline to the final target (the target of
 *     the latest-ending period that has one), in per cent; it needs a baseline.</li>
 * </ul>
 */
final class ProgressRules {

    private ProgressRules() {
    }

    record PeriodPoint(LocalDate start, LocalDate end, MeasureValue target, MeasureValue actual) {
    }

    static IndicatorProgress assess(IndicatorMeasure measure, Direction direction, List<String> levels,
            MeasureValue baseline, List<PeriodPoint> periods) {
        List<PeriodPoint> byEnd = periods.stream().sorted(Comparator.comparing(PeriodPoint::end)).toList();
        PeriodPoint latest = byEnd.stream().filter(p -> p.actual() != null).reduce((a, b) -> b).orElse(null);
        MeasureValue finalTarget = byEnd.stream().map(PeriodPoint::target).filter(t -> t != null)
                .reduce((a, b) -> b).orElse(null);
        MeasureValue latestActual = latest == null ? null : latest.actual();
        LocalDate latestEnd = latest == null ? null : latest.end();
        MeasureValue periodTarget = latest == null ? null : latest.target();
        Integer percent = percentToTarget(measure, levels, baseline, latestActual, finalTarget);

        if (measure == IndicatorMeasure.QUALITATIVE) {
            return new IndicatorProgress(ProgressStatus.NO_DATA, "progress.reason.qualitative", baseline, latestActual,
                    latestEnd, periodTarget, finalTarget, null);
        }
        if (latest == null) {
            return new IndicatorProgress(ProgressStatus.NO_DATA, "progress.reason.noActual", baseline, null, null,
                    null, finalTarget, null);
        }
        if (periodTarget == null) {
            return new IndicatorProgress(ProgressStatus.NO_DATA, "progress.reason.noTarget", baseline, latestActual,
                    latestEnd, null, finalTarget, percent);
        }
        BigDecimal actual = MeasureRules.score(measure, levels, latestActual);
        BigDecimal target = MeasureRules.score(measure, levels, periodTarget);
        if (actual == null || target == null) {
            return new IndicatorProgress(ProgressStatus.NO_DATA, "progress.reason.unknownLevel", baseline,
                    latestActual, latestEnd, periodTarget, finalTarget, percent);
        }
        int comparison = actual.compareTo(target);
        boolean reached = direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
        String reason = reached ? "progress.reason.reached"
                : direction == Direction.HIGHER_IS_BETTER ? "progress.reason.below" : "progress.reason.above";
        return new IndicatorProgress(reached ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK, reason, baseline,
                latestActual, latestEnd, periodTarget, finalTarget, percent);
    }

    static Integer percentToTarget(IndicatorMeasure measure, List<String> levels, MeasureValue baseline,
            MeasureValue actual, MeasureValue target) {
        BigDecimal b = MeasureRules.score(measure, levels, baseline);
        BigDecimal a = MeasureRules.score(measure, levels, actual);
        BigDecimal t = MeasureRules.score(measure, levels, target);
        if (a == null || b == null || t == null || t.compareTo(b) == 0) {
            return null;
        }
        return a.subtract(b).multiply(BigDecimal.valueOf(100)).divide(t.subtract(b), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
