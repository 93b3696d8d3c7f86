package org.ssaplanner.portfolio;

/** What a portfolio review covers: one plan's programs, a region's, or a fiscal year's. */
public enum ReviewScope {
    PLAN,
    REGION,
    FISCAL_YEAR
}
