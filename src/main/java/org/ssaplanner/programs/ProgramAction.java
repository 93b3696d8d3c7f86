package org.ssaplanner.programs;

import java.util.Arrays;
import java.util.Optional;

/**
 * Status actions of the program page (POST /programs/{id}/{path}). Activating (a proposed program, or a
 * suspended one again) is the step forward and the page's filled button; terminating ends a program for good
 * and is shown as a danger.
 */
public enum ProgramAction {
    ACTIVATE("activate", ProgramStatus.ACTIVE, true, false),
    SUSPEND("suspend", ProgramStatus.SUSPENDED, false, false),
    COMPLETE("complete", ProgramStatus.COMPLETED, false, false),
    TERMINATE("terminate", ProgramStatus.TERMINATED, false, true);

    private final String path;
    private final ProgramStatus target;
    private final boolean primary;
    private final boolean destructive;

    ProgramAction(String path, ProgramStatus target, boolean primary, boolean destructive) {
        this.path = path;
        this.target = target;
        this.primary = primary;
        this.destructive = destructive;
    }

    /** Whether this is the step forward of the state it is offered in (the page's filled button). */
    public boolean primary() {
        return primary;
    }

    /** Whether the program cannot come back from this action (completed and terminated are final): it is confirmed. */
    public boolean irreversible() {
        return Arrays.stream(ProgramStatus.values()).noneMatch(target::canMoveTo);
    }

    /** Whether this action ends the program for good. */
    public boolean destructive() {
        return destructive;
    }

    public String path() {
        return path;
    }

    public ProgramStatus target() {
        return target;
    }

    public static Optional<ProgramAction> fromPath(String path) {
        for (ProgramAction action : values()) {
            if (action.path.equals(path)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
