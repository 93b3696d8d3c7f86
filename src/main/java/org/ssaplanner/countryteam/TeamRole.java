package org.ssaplanner.countryteam;

/** The roles of the country team that planners work with, in the order the roster lists them. */
public enum TeamRole {
    CHIEF_OF_MISSION,
    DEPUTY_CHIEF_OF_MISSION,
    SECURITY_COOPERATION_CHIEF,
    DEFENSE_ATTACHE,
    INL_SECTION,
    LEGAL_ATTACHE,
    DHS_ATTACHE,
    TREASURY_ATTACHE,
    IMPLEMENTING_PARTNER_LEAD,
    OTHER
}
