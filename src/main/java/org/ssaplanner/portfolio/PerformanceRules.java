package org.ssaplanner.portfolio;

import java.util.List;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.reference.MetricLevel;

/**
 * A program's performance from its indicators and its latest evaluation (issue 15, section 2).
 * <ul>
 * <li>Only outcome- and impact-level indicators with data (on or off track) are outcome evidence; inputs and outputs
 * count effort, not effect. Without outcome evidence the performance is {@link Performance#UNKNOWN}, whatever the
 * rest says.</li>
 * <li>With evidence: two thirds or more of those indicators on track is ON_TRACK, one third or less OFF_TRACK, between
 * the two MIXED.</li>
 * <li>The latest evaluation's effect rating (1-5) can only make it worse: 2 or less moves it one step down (on track
 * to mixed, mixed to off track). It never turns unknown into known.</li>
 * </ul>
 */
public final class PerformanceRules {

    /** An effect rating at or under this lowers the performance one step. */
    public static final int POOR_EFFECT = 2;

    private PerformanceRules() {
    }

    public record Indicator(MetricLevel level, ProgressStatus status) {
    }

    /**
     * @param outcomeShare percent of the program's indicators at outcome or impact level (null without indicators)
     */
    public record Result(Performance performance, int onTrack, int offTrack, int noData, int indicators,
            int outcomeIndicators, Integer outcomeShare, Integer effectRating) {
    }

    public static Result assess(List<Indicator> indicators, Integer latestEffectRating) {
        int on = 0;
        int off = 0;
        int none = 0;
        int outcome = 0;
        for (Indicator indicator : indicators) {
            if (!indicator.level().evidencesEffect()) {
                continue;
            }
            outcome++;
            switch (indicator.status()) {
                case ON_TRACK -> on++;
                case OFF_TRACK -> off++;
                case NO_DATA -> none++;
            }
        }
        Integer share = indicators.isEmpty() ? null : (int) Math.round(100.0 * outcome / indicators.size());
        Performance performance;
        if (on + off == 0) {
            performance = Performance.UNKNOWN;
        } else if (3 * on >= 2 * (on + off)) {
            performance = Performance.ON_TRACK;
        } else if (3 * on <= on + off) {
            performance = Performance.OFF_TRACK;
        } else {
            performance = Performance.MIXED;
        }
        if (latestEffectRating != null && latestEffectRating <= POOR_EFFECT) {
            performance = switch (performance) {
                case ON_TRACK -> Performance.MIXED;
                case MIXED, OFF_TRACK -> Performance.OFF_TRACK;
                case UNKNOWN -> Performance.UNKNOWN;
            };
        }
        return new Result(performance, on, off, none, indicators.size(), outcome, share, latestEffectRating);
    }
}
