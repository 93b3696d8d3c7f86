package org.ssaplanner.workforce;

/** What a roster import saved. */
public record RosterResult(int people, int positions) {
}
