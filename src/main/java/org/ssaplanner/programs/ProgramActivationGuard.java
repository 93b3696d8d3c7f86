package org.ssaplanner.programs;

import java.util.List;

/**
 * Another module's veto on activating a program (e.g. compliance: a restriction without waiver).
 * {@link ProgramStatusService} asks every bean of this type before a program becomes ACTIVE and refuses
 * with the reasons if any is given; {@link ProgramService} asks before it records an obligation on the program
 * (which then needs the planner's confirmation). No bean of this type is required.
 */
public interface ProgramActivationGuard {

    /** Human-readable reasons why the program may not become active now; empty if none. */
    List<String> blockingReasons(long programId);

    /**
     * What blocks the program now, one short label each (e.g. the restriction's citation and title), to name the
     * findings in a warning and to record them with a funding line; empty if nothing blocks.
     */
    default List<String> blockingFindings(long programId) {
        return blockingReasons(programId);
    }
}
