package org.ssaplanner.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record as the history pages show it: when, by whom, what kind of change, and
 * which fields changed (name, old value, new value).
 */
public record HistoryEntry(Instant changedAt, String changedBy, String changeType, List<FieldChange> changes) {

    /**
     * One changed field: its name, the message key of its label (shown instead of the name; {@code null} for records
     * whose history is described by names only), the text before and after.
     */
    public record FieldChange(String field, String labelKey, String before, String after) {

        public FieldChange(String field, String before, String after) {
            this(field, null, before, after);
        }
    }
}
