package org.ssaplanner.plans;

import org.ssaplanner.reference.ObjectiveCategory;

/** A program of a plan as the plan page lists it (provided by the programs module through {@link PlanProgramsView}). */
public record PlanProgramRef(long id, String title, String leadAgencyLabel, String status,
        ObjectiveCategory primaryCategory, String horizon) {
}
