package org.ssaplanner.reference;

/** Level of an indicator in the results chain (table metric_level holds the definitions). */
public enum MetricLevel {
    INPUT,
    OUTPUT,
    OUTCOME,
    IMPACT;

    /** Outcome and impact indicators evidence effects; inputs and outputs only count effort. */
    public boolean evidencesEffect() {
        return this == OUTCOME || this == IMPACT;
    }
}
