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
 * Callers describe the fields to compare as name to value-extractor, in display order.
 */
public final class RecordHistory {

    private RecordHistory() {
    }

    /**
     * Reads the snapshots' collections some other way before they are compared (e.g. one statement per collection
     * table for the whole history, instead of Envers' statement per snapshot and collection).
     */
    @FunctionalInterface
    public interface Preload<T> {

        /** The snapshots in ascending revision order, and their revision numbers. */
        void load(List<T> snapshots, List<Long> revisions);
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            Map<String, Function<T, Object>> fields) {
        return of(entityManager, type, id, fields, (snapshots, revisions) -> {
        });
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            Map<String, Function<T, Object>> fields, Preload<T> preload) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<T> snapshots = new ArrayList<>(rows.size());
        List<Long> revisions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            snapshots.add(snapshot);
            revisions.add(((AuditRevision) row[1]).getId());
        }
        preload.load(snapshots, revisions);
        List<HistoryEntry> entries = new ArrayList<>();
        T previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            if (revisionType != RevisionType.DEL) {
                for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
                    Object before = previous == null ? null : field.getValue().apply(previous);
                    Object after = field.getValue().apply(snapshot);
                    if (!Objects.equals(text(before), text(after))) {
                        changes.add(new FieldChange(field.getKey(), text(before), text(after)));
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
