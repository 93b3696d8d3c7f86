package org.ssaplanner.compliance;

import java.time.LocalDate;

/** A human-rights incident as an evaluator records it. */
public record IncidentCommand(long unitId, LocalDate incidentDate, String location, String description, String source,
        IncidentCategory category) {
}
