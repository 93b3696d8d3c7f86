package org.ssaplanner.programs;

import java.util.Optional;

/** Status actions of the program page (POST /programs/{id}/{path}). */
public enum ProgramAction {
    ACTIVATE("activate", ProgramStatus.ACTIVE),
    SUSPEND("suspend", ProgramStatus.SUSPENDED),
    COMPLETE("complete", ProgramStatus.COMPLETED),
    TERMINATE("terminate", ProgramStatus.TERMINATED);

    private final String path;
    private final ProgramStatus target;

    ProgramAction(String path, ProgramStatus target) {
        this.path = path;
        this.target = target;
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
