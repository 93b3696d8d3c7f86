package org.ssaplanner.evaluations;

import org.ssaplanner.reference.ObjectiveCategory;

/** An intermediate outcome of a plan's theory of change, under one objective. */
public record PlanOutcomeRef(long outcomeId, long objectiveId, String label, ObjectiveCategory objectiveCategory) {
}
