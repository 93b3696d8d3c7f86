package org.ssaplanner.portfolio;

/** "Compute all" was asked for while a run is in progress (on this instance or another): nothing was started. */
public class AssessmentRunningException extends RuntimeException {

    private final transient AssessmentRun run;

    public AssessmentRunningException(AssessmentRun run) {
        super("A portfolio assessment run is in progress");
        this.run = run;
    }

    public AssessmentRun run() {
        return run;
    }
}
