package org.ssaplanner.plans;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status actions a plan page offers (POST /plans/{id}/{action}). The primary one of a state moves the plan
 * forward (a draft is submitted, a plan in review approved): the page shows it as the filled button.
 */
public enum PlanAction {
    SUBMIT("submit", PlanStatus.INTERAGENCY_REVIEW, true),
    RETURN_TO_DRAFT("return-to-draft", PlanStatus.DRAFT, false),
    APPROVE("approve", PlanStatus.APPROVED, true),
    ARCHIVE("archive", PlanStatus.ARCHIVED, false);

    private final String path;
    private final PlanStatus target;
    private final boolean primary;

    PlanAction(String path, PlanStatus target, boolean primary) {
        this.path = path;
        this.target = target;
        this.primary = primary;
    }

    /** Whether the plan cannot come back from this action (an archived plan is final): it is confirmed. */
    public boolean irreversible() {
        return Arrays.stream(PlanStatus.values()).noneMatch(target::canMoveTo);
    }

    /** Whether this is the step forward of the state it is offered in (the page's filled button). */
    public boolean primary() {
        return primary;
    }

    public String path() {
        return path;
    }

    public PlanStatus target() {
        return target;
    }

    public static Optional<PlanAction> fromPath(String path) {
        for (PlanAction action : values()) {
            if (action.path.equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
