package org.ssaplanner.compliance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Credibility of an incident: reported -> under review -> credible -> remediated, or dismissed. A
 * dismissed incident may be reopened (under review) on new information; a remediated one may be found
 * credible again.
 */
public enum IncidentStatus {
    REPORTED,
    UNDER_REVIEW,
    CREDIBLE,
    REMEDIATED,
    DISMISSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(UNDER_REVIEW, DISMISSED);
            case UNDER_REVIEW -> EnumSet.of(CREDIBLE, DISMISSED);
            case CREDIBLE -> EnumSet.of(REMEDIATED);
            case REMEDIATED -> EnumSet.of(CREDIBLE);
            case DISMISSED -> EnumSet.of(UNDER_REVIEW);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    /** Credible and not remediated: blocks assistance to the unit under the Leahy laws. */
    public boolean blocksAssistance() {
        return this == CREDIBLE;
    }

    public boolean pending() {
        return this == REPORTED || this == UNDER_REVIEW;
    }
}
