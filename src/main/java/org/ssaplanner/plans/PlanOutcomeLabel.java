package org.ssaplanner.plans;

import org.ssaplanner.reference.ObjectiveCategory;

/**
 * One outcome of a plan's theory of change with its objective, as other modules name it (an evaluation's indicator
 * measures an outcome): no programs, so reading them costs the same for a plan of 5 programs and of 500.
 */
public record PlanOutcomeLabel(long outcomeId, long objectiveId, String objectiveTitle, String outcomeTitle,
        ObjectiveCategory objectiveCategory) {
}
