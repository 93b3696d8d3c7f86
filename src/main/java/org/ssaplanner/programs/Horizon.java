package org.ssaplanner.programs;

/** Short-term emergent needs (tactical) versus long-term aims (strategic). */
public enum Horizon {
    TACTICAL,
    STRATEGIC
}
