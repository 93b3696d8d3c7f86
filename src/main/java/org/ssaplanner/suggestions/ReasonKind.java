package org.ssaplanner.suggestions;

/** Why an agency could help, strongest first (the order of the enum is the ranking's). */
public enum ReasonKind {
    /** ForeignAssistance.gov shows it obligating funds in the country in the plan's fiscal years. */
    ACTIVE_IN_COUNTRY,
    /** Its capability catalogue offers assistance types x capability domains the plan's programs need. */
    CAPABILITY_MATCH,
    /** Its kind of agency is often overlooked (its department manages no security-assistance authority). */
    OFTEN_MISSED
}
