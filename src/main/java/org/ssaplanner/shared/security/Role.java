package org.ssaplanner.shared.security;

/** The four roles of SSA Planner. A closed set: authorization rules are written against them. */
public enum Role {
    ADMIN,
    PLANNER,
    EVALUATOR,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
