package org.ssaplanner.programs;

import java.math.BigDecimal;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * A program's facts with what the portfolio module weighs besides them (objective category, absorptive capacity,
 * sustainment), read for a whole plan at once ({@link ProgramFactsService#assessmentFactsForPlan}).
 */
public record ProgramAssessmentFacts(ProgramFacts facts, ObjectiveCategory primaryCategory,
        Level absorptiveCapacityRating, String sustainer, BigDecimal sustainmentAnnualCost) {
}
