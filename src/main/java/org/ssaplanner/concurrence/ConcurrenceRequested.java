package org.ssaplanner.concurrence;

import java.time.LocalDate;

/** Published when an agency is asked to concur with a plan in interagency review (for a later inbox). */
public record ConcurrenceRequested(long planId, long reviewId, long agencyId, LocalDate dueDate) {
}
