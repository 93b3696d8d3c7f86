package org.ssaplanner.portfolio;

/** A program's risk taken together from its factors (see {@link RiskRules}). */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
