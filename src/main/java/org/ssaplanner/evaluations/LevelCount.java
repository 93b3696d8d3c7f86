package org.ssaplanner.evaluations;

import org.ssaplanner.reference.MetricLevel;

/** How many indicators a program has at one level of the results chain. */
public record LevelCount(MetricLevel level, long count) {
}
