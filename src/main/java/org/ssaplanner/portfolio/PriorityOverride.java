package org.ssaplanner.portfolio;

import java.time.Instant;

/** A planner's override of a program's derived priority, with the reason. */
public record PriorityOverride(long programId, int priority, String reason, long version, String updatedBy,
        Instant updatedAt) {
}
