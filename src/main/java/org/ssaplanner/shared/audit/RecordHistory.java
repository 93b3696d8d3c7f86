package org.ssaplanner.shared.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.ssaplanner.shared.audit.HistoryEntry.FieldChange;

/**
 * Reads an entity's Envers history and turns consecutive snapshots into field-level changes.
 * Callers describe the fields to compare, in display order: a {@link RecordFields} description (also used by the
 * record's 409 page, its labels shown in the history) or a map of name to value-extractor.
 */
public final class RecordHistory {

    private RecordHistory() {
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            RecordFields<T> fields) {
        return read(entityManager, type, id, fields.fields());
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            Map<String, Function<T, Object>> fields) {
        return read(entityManager, type, id, fields.entrySet().stream()
                .map(f -> new FieldDescription<T>(f.getKey(), null, snapshot -> text(f.getValue().apply(snapshot))))
                .toList());
    }

    private static <T> List<HistoryEntry> read(EntityManager entityManager, Class<T> type, Object id,
            List<FieldDescription<T>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        T previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            if (revisionType != RevisionType.DEL) {
                for (FieldDescription<T> field : fields) {
                    String before = previous == null ? "" : text(field.text().apply(previous));
                    String after = text(field.text().apply(snapshot));
                    if (!Objects.equals(before, after)) {
                        changes.add(new FieldChange(field.name(), field.labelKey(), before, after));
                    }
                }
            }
            entries.add(new HistoryEntry(revision.getChangedAt(), revision.getChangedBy(), revisionType.name(), changes));
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
