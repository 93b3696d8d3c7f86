package org.ssaplanner.compliance;

/** An incident was recorded or its credibility status changed: programs assisting the unit need re-evaluation. */
public record HumanRightsRecordChanged(long unitId, long incidentId) {
}
