package org.ssaplanner.programs;

/** High / medium / low: a program's priority and risk, and the rating of the partner's absorptive capacity. */
public enum Level {
    HIGH,
    MEDIUM,
    LOW
}
