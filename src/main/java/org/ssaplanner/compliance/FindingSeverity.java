package org.ssaplanner.compliance;

/** What a restriction says about a program now. Only BLOCKING stops a program from becoming active. */
public enum FindingSeverity {
    BLOCKING,
    WARNING,
    SATISFIED_BY_WAIVER,
    SATISFIED_BY_EXCEPTION;

    public boolean satisfied() {
        return this == SATISFIED_BY_WAIVER || this == SATISFIED_BY_EXCEPTION;
    }
}
