package org.ssaplanner.evaluations;

/** Where an indicator stands against its target (see {@link ProgressRules}). */
public enum ProgressStatus {
    ON_TRACK,
    OFF_TRACK,
    NO_DATA
}
