package org.ssaplanner.programs;

import java.util.Optional;
import org.ssaplanner.plans.PlanContext;

/**
 * Where a new program can start from outside this module: the interchange module implements it for imported
 * ForeignAssistance.gov activities (interchange depends on programs, not the other way round). The new-program
 * form asks it for a draft from a reference (for an activity {@code ISO3:activityId}); once the program is saved,
 * it is told, in the same transaction, that the program was created from the reference. No bean of this type is
 * required: without one, no reference is known.
 */
public interface ProgramOrigin {

    /** The draft of a new program in the plan from the reference; empty when the reference is unknown there. */
    Optional<ProgramDraft> draft(PlanContext plan, String reference);

    /** Records that the program was just created from the reference; refuses (throws) an unknown reference. */
    void created(long programId, String reference);
}
