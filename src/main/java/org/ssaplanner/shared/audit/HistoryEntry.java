package org.ssaplanner.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record as the history pages show it: when, by whom, what kind of change, and
 * which fields changed (name, old value, new value).
 */
public record HistoryEntry(Instant changedAt, String changedBy, String changeType, List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after) {
    }
}
