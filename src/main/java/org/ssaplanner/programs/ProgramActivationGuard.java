package org.ssaplanner.programs;

import java.util.List;

/**
 * Another module's veto on activating a program (e.g. compliance: a restriction without waiver).
 * {@link ProgramStatusService} asks every bean of this type before a program becomes ACTIVE and refuses
 * with the reasons if any is given. No bean of this type is required.
 */
public interface ProgramActivationGuard {

    /** Human-readable reasons why the program may not become active now; empty if none. */
    List<String> blockingReasons(long programId);
}
