package org.ssaplanner.compliance;

/** Gross violations of human rights as the Leahy vetting guidance lists them. */
public enum IncidentCategory {
    EXTRAJUDICIAL_KILLING,
    TORTURE,
    ENFORCED_DISAPPEARANCE,
    RAPE_UNDER_COLOR_OF_LAW,
    OTHER_GROSS_VIOLATION
}
