package org.ssaplanner.plans;

import java.util.Optional;

/** The status actions a plan page offers (POST /plans/{id}/{action}). */
public enum PlanAction {
    SUBMIT("submit", PlanStatus.INTERAGENCY_REVIEW),
    RETURN_TO_DRAFT("return-to-draft", PlanStatus.DRAFT),
    APPROVE("approve", PlanStatus.APPROVED),
    ARCHIVE("archive", PlanStatus.ARCHIVED);

    private final String path;
    private final PlanStatus target;

    PlanAction(String path, PlanStatus target) {
        this.path = path;
        this.target = target;
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
