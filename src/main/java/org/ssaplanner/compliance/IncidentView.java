package org.ssaplanner.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An incident with its credibility history (who decided each status and when). */
public record IncidentView(long id, long version, long unitId, LocalDate incidentDate, String location,
        String description, String source, IncidentCategory category, IncidentStatus status, String statusDecidedBy,
        Instant statusDecidedAt, List<StatusChange> statusChanges, Instant createdAt, String createdBy) {

    public Set<IncidentStatus> nextStatuses() {
        return status.next();
    }

    public record StatusChange(IncidentStatus from, IncidentStatus to, String decidedBy, Instant decidedAt,
            String note) {
    }
}
