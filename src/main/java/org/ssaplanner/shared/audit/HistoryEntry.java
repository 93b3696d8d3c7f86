package org.ssaplanner.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change to a record as the history pages show it: when, by whom, what kind of change, and
 * which fields changed (name, old value, new value). A history that gathers the changes of several records (a
 * person's own fields and their certifications, say) names the record each entry is about: {@code subjectKey}, the
 * message key of a text such as "Certification: {0}", and {@code subject}, its argument; both {@code null} for an
 * entry about the page's own record. {@code revision} orders the entries of such a history (0 when unknown).
 */
public record HistoryEntry(long revision, Instant changedAt, String changedBy, String changeType, String subjectKey,
        String subject, List<FieldChange> changes) {

    public HistoryEntry(Instant changedAt, String changedBy, String changeType, List<FieldChange> changes) {
        this(0, changedAt, changedBy, changeType, null, null, changes);
    }

    /** The same change, said to be about another record. */
    public HistoryEntry about(String subjectKey, String subject) {
        return new HistoryEntry(revision, changedAt, changedBy, changeType, subjectKey, subject, changes);
    }

    /** The same change with only some of its fields (those the reader may see). */
    public HistoryEntry withChanges(List<FieldChange> visible) {
        return new HistoryEntry(revision, changedAt, changedBy, changeType, subjectKey, subject, visible);
    }

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
