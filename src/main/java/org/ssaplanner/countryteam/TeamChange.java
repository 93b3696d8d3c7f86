package org.ssaplanner.countryteam;

import java.time.Instant;
import java.util.List;
import org.ssaplanner.shared.audit.HistoryEntry.FieldChange;

/**
 * One change of a country team's roster: its audit revision, when, by whom, the kind (ADD, MOD, DEL), which entry ({@code subject}: a
 * post or a member, by name) and its changed fields.
 */
public record TeamChange(long revision, Instant changedAt, String changedBy, String changeType, String subjectKey, String subject,
        List<FieldChange> changes) {
}
