package org.ssaplanner.programs;

/**
 * Life cycle of a program: proposed -> active; active <-> suspended; active -> completed; proposed,
 * active or suspended -> terminated. Completed and terminated are final.
 */
public enum ProgramStatus {
    PROPOSED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    TERMINATED;

    public boolean canMoveTo(ProgramStatus target) {
        return switch (this) {
            case PROPOSED -> target == ACTIVE || target == TERMINATED;
            case ACTIVE -> target == SUSPENDED || target == COMPLETED || target == TERMINATED;
            case SUSPENDED -> target == ACTIVE || target == TERMINATED;
            case COMPLETED, TERMINATED -> false;
        };
    }

    /** Statuses in which absorptive capacity and a sustainment plan must be on record. */
    public boolean requiresSustainmentCase() {
        return this == ACTIVE || this == SUSPENDED || this == COMPLETED;
    }
}
