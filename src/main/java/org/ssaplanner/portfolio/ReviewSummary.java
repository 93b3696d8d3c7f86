package org.ssaplanner.portfolio;

import java.time.Instant;

/** A portfolio review in the list: what it covers, who reviewed when, how many programs decided of how many. */
public record ReviewSummary(long id, ReviewScope scope, Long planId, Long regionId, Integer fiscalYear, String title,
        String reviewerName, Instant createdAt, long programs, long decided, long overdue) {
}
