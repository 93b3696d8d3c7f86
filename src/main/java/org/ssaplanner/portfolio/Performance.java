package org.ssaplanner.portfolio;

/**
 * What a program's outcome evidence says: its outcome- and impact-level indicators with data, made worse (never
 * better) by a poor effect rating of its latest evaluation. Without outcome evidence: UNKNOWN, never fine.
 */
public enum Performance {
    ON_TRACK,
    MIXED,
    OFF_TRACK,
    UNKNOWN
}
