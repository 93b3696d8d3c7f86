package org.ssaplanner.workforce;

/** The role a person carries in a program's work. */
public enum AssignmentRole {
    MANAGER,
    IMPLEMENTER,
    OVERSIGHT,
    EVALUATOR
}
