package org.ssaplanner.portfolio;

import java.time.Instant;
import java.util.List;

/**
 * A run of "compute all" (the whole portfolio's assessments in the background, plan by plan), as {@code /portfolio}
 * shows its progress: how many plans are done of how many, who started it and when, the plans that failed.
 */
public record AssessmentRun(long id, Status status, String startedBy, Instant startedAt, Instant finishedAt,
        int plansTotal, int plansDone, int plansFailed, int programsAssessed, List<FailedPlan> failures) {

    public enum Status {
        RUNNING, FINISHED, INTERRUPTED
    }

    /** A plan the run could not compute; the error itself is in the application log. */
    public record FailedPlan(long planId) {
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Plans done or failed, in percent of all (for the progress bar). */
    public int percent() {
        return plansTotal == 0 ? 100 : (int) Math.floor(100.0 * (plansDone + plansFailed) / plansTotal);
    }
}
