package org.ssaplanner.workforce;

/** Where a position sits. */
public enum PostType {
    HEADQUARTERS,
    COMBATANT_COMMAND,
    SECURITY_COOPERATION_OFFICE,
    EMBASSY_SECTION,
    FIELD_OFFICE
}
