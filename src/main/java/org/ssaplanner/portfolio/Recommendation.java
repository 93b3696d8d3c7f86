package org.ssaplanner.portfolio;

/** What the rules recommend for a program, and what a reviewer decides. */
public enum Recommendation {
    SUSTAIN,
    REVAMP,
    CUT,
    EXPERIMENT
}
