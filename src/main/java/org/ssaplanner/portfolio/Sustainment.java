package org.ssaplanner.portfolio;

/** Whether a program says who sustains what it builds: nobody named (MISSING), no annual cost (UNFUNDED), or both. */
public enum Sustainment {
    PLANNED,
    MISSING,
    UNFUNDED
}
