package org.ssaplanner.evaluations;

import java.util.List;
import java.util.Optional;

/**
 * What the evaluations module needs to know about programs and country plans (theory of change).
 * Implemented outside this module (by the programs and plans modules); used through an
 * {@code ObjectProvider}, so the module also works, with less context, where no implementation exists.
 */
public interface ProgramContextSource {

    Optional<ProgramContext> program(long programId);

    /** The intermediate outcomes of a plan's theory of change, each with its objective. */
    List<PlanOutcomeRef> outcomesOfPlan(long planId);

    List<ProgramContext> programsOfPlan(long planId);

    List<ProgramContext> allPrograms();

    /** Programs whose recipient is the given partner unit. */
    List<ProgramContext> programsForUnit(long unitId);
}
