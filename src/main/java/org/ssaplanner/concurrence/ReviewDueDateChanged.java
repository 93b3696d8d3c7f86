package org.ssaplanner.concurrence;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published when the conductor (or an administrator) changes the due date of a plan's open review; {@code
 * pendingAgencyIds} are the agencies whose answer is still awaited (their officials are told).
 */
public record ReviewDueDateChanged(long planId, long reviewId, LocalDate previousDueDate, LocalDate dueDate,
        Set<Long> pendingAgencyIds, String changedBy) {

    public ReviewDueDateChanged {
        pendingAgencyIds = Set.copyOf(pendingAgencyIds);
    }
}
