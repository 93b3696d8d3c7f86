package org.ssaplanner.authorities;

/** A planner's request for a waiver, or claim of a statutory exception (exceptionId), for a program. */
public record WaiverRequestCommand(long programId, long restrictionId, WaiverKind kind, Long exceptionId,
        String justification) {
}
