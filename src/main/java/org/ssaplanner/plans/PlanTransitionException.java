package org.ssaplanner.plans;

/** The plan cannot move from its status to the requested one. */
public class PlanTransitionException extends RuntimeException {

    private final PlanStatus from;
    private final PlanStatus to;

    public PlanTransitionException(PlanStatus from, PlanStatus to) {
        super("A plan cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public PlanStatus from() {
        return from;
    }

    public PlanStatus to() {
        return to;
    }
}
