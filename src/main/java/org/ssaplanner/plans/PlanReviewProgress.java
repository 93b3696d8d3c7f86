package org.ssaplanner.plans;

import java.util.Collection;
import java.util.Map;

/**
 * How far the interagency review of plans has come, for the plan list (issue 14: "3 of 5 concurred"). Provided by
 * the concurrence module; without such a bean the list shows no progress.
 */
public interface PlanReviewProgress {

    /** The progress of each of these plans that is in review (others are missing), in one read. */
    Map<Long, Progress> progress(Collection<Long> planIds);

    /**
     * @param concurred agencies that concurred (with or without comments)
     * @param requested agencies asked (the participating agencies)
     * @param objected whether an agency did not concur
     * @param overdue whether an answer is overdue
     */
    record Progress(int concurred, int requested, boolean objected, boolean overdue) {
    }
}
