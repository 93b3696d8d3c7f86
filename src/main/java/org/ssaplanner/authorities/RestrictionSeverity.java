package org.ssaplanner.authorities;

/** What an applicable, unwaived restriction means for a program. */
public enum RestrictionSeverity {
    /** The program cannot become active. */
    BLOCKING,
    /** Shown to planners; does not stop activation. */
    WARNING
}
