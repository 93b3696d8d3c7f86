package org.ssaplanner.workforce;

/** The workforce category of a person or position: a closed set. */
public enum WorkforceCategory {
    CIVIL_SERVICE,
    FOREIGN_SERVICE,
    MILITARY,
    CONTRACTOR,
    LOCALLY_EMPLOYED
}
