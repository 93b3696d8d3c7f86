package org.ssaplanner.evaluations;

import java.time.LocalDate;

/**
 * An indicator period that ended with no actual recorded: the result due, its program and indicator.
 *
 * @param target the period's target, or null when none was set
 */
public record DueResult(long periodId, long indicatorId, String indicatorName, long programId, String programTitle,
        LocalDate startDate, LocalDate endDate, MeasureValue target) {
}
