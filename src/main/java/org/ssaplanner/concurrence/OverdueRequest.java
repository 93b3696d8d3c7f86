package org.ssaplanner.concurrence;

import java.time.LocalDate;

/** A concurrence request still unanswered after its review's due date (for the overdue notices of the inbox). */
public record OverdueRequest(long planId, long reviewId, long agencyId, LocalDate dueDate) {
}
