package org.ssaplanner.evaluations;

import java.time.LocalDate;

/**
 * An indicator's standing: status with the reason (a message key), the values it was judged on,
 * and the progress from baseline to the final target in per cent (null when it cannot be computed).
 */
public record IndicatorProgress(ProgressStatus status, String reasonKey, MeasureValue baseline,
        MeasureValue latestActual, LocalDate latestActualEnd, MeasureValue periodTarget, MeasureValue finalTarget,
        Integer percentToTarget) {

    /** Width of a progress bar: the percentage clamped to 0..100, in steps of 10 (CSS classes, no inline style). */
    public int barStep() {
        if (percentToTarget == null) {
            return 0;
        }
        int clamped = Math.max(0, Math.min(100, percentToTarget));
        return clamped / 10 * 10;
    }
}
