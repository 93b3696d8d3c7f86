package org.ssaplanner.concurrence;

import java.util.Set;

/**
 * A concurrence official's answer for their agency.
 *
 * @param agencyId the agency answered for (the official's own)
 * @param expectedVersion the version of the request the official saw
 * @param answer concur, concur with comments, non-concur
 * @param comments the comments or reasons (required unless the answer is a plain concurrence)
 * @param objectiveIds objectives of the plan the comments concern (optional)
 * @param programIds programs of the plan the comments concern (optional)
 */
public record AnswerCommand(Long agencyId, long expectedVersion, ConcurrenceAnswer answer, String comments,
        Set<Long> objectiveIds, Set<Long> programIds) {

    public AnswerCommand {
        objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
        programIds = programIds == null ? Set.of() : Set.copyOf(programIds);
    }
}
