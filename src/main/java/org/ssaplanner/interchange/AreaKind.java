package org.ssaplanner.interchange;

/** What a code of the country picture stands for. */
public enum AreaKind {
    /** An ISO 3166-1 country of the reference data, or Kosovo. */
    COUNTRY,
    /** A former state or territory (ISO 3166-3, or as ForeignAssistance.gov names it). */
    FORMER,
    /** A part of a country that ForeignAssistance.gov publishes separately. */
    AREA,
    /** Amounts ForeignAssistance.gov attributes to a region as a whole, not the sum of its countries. */
    REGION,
    /** Amounts attributed to no single country or region (worldwide programmes), not a world total. */
    WORLD,
    /** A published code SSA Planner does not know; shown as published. */
    UNCLASSIFIED;

    public boolean isCountry() {
        return this == COUNTRY;
    }

    /** Whether governance, conflict and military-burden data can be about it (a country, a former state, a part). */
    public boolean hasContext() {
        return this == COUNTRY || this == FORMER || this == AREA;
    }
}
