package org.ssaplanner.reference;

/** The three kinds of objective security assistance serves (table objective_category holds the definitions). */
public enum ObjectiveCategory {
    OPERATIONAL,
    TRANSACTIONAL,
    GOVERNANCE
}
