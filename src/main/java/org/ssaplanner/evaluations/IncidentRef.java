package org.ssaplanner.evaluations;

import java.time.LocalDate;

/** A human-rights incident as shown on the partner-performance page; credibility e.g. REPORTED, CREDIBLE. */
public record IncidentRef(long id, long unitId, LocalDate date, String description, String source,
        String credibilityStatus) {
}
