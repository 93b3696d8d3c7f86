package org.ssaplanner.plans;

/** Life cycle of a country plan: draft -> interagency review -> approved -> archived, and review back to draft. */
public enum PlanStatus {
    DRAFT,
    INTERAGENCY_REVIEW,
    APPROVED,
    ARCHIVED;

    public boolean canMoveTo(PlanStatus target) {
        return switch (this) {
            case DRAFT -> target == INTERAGENCY_REVIEW;
            case INTERAGENCY_REVIEW -> target == APPROVED || target == DRAFT;
            case APPROVED -> target == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
