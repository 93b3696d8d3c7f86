package org.ssaplanner.agencies;

public enum AgencyKind {
    DEPARTMENT,
    AGENCY,
    BUREAU,
    OFFICE,
    COMMAND
}
