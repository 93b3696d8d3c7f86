package org.ssaplanner.evaluations;

import org.ssaplanner.reference.MetricLevel;

/** An indicator's level in the results chain and where it stands against its target, as portfolio reviews weigh it. */
public record IndicatorStanding(long indicatorId, long programId, MetricLevel level, ProgressStatus status) {
}
