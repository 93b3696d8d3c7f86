package org.ssaplanner.shared.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
            RecordFields<T> fields) {
        return of(entityManager, type, id, fields, (snapshots, revisions) -> {
        });
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            RecordFields<T> fields, Preload<T> preload) {
        return read(entityManager, type, id, fields.fields(), preload);
    }

    public static <T> List<HistoryEntry> of(EntityManager entityManager, Class<T> type, Object id,
            Map<String, Function<T, Object>> fields) {
        return read(entityManager, type, id, fields.entrySet().stream()
                .map(f -> new FieldDescription<T>(f.getKey(), null, snapshot -> text(f.getValue().apply(snapshot))))
                .toList(), (snapshots, revisions) -> {
                });
    }

    /**
     * The history of every record of a type whose {@code property} has {@code value} (e.g. a person's certifications),
     * removed ones included, newest first: one statement whatever the number of records and revisions. Each entry is
     * about its record: {@code subjectKey} with the record's text by {@code subject}, read from its last stored state
     * (so a removed record is still named).
     */
    public static <T> List<HistoryEntry> ofAll(EntityManager entityManager, Class<T> type, String property,
            Object value, Function<T, Object> idOf, RecordFields<T> fields, String subjectKey,
            Function<T, String> subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property(property).eq(value))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, List<Object[]>> byRecord = new LinkedHashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T snapshot = (T) row[0];
            byRecord.computeIfAbsent(idOf.apply(snapshot), k -> new ArrayList<>()).add(row);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (List<Object[]> recordRows : byRecord.values()) {
            @SuppressWarnings("unchecked")
            T last = (T) recordRows.get(recordRows.size() - 1)[0];
            String name = subject.apply(last);
            entries.addAll(entries(recordRows, fields.fields()).stream().map(e -> e.about(subjectKey, name)).toList());
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /** Several histories as one, newest first (by revision; a revision's entries in the order given). */
    @SafeVarargs
    public static List<HistoryEntry> merge(List<HistoryEntry>... histories) {
        List<HistoryEntry> all = new ArrayList<>();
        for (List<HistoryEntry> history : histories) {
            all.addAll(history);
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator.comparingLong(HistoryEntry::revision)
            .reversed();

    private static <T> List<HistoryEntry> read(EntityManager entityManager, Class<T> type, Object id,
            List<FieldDescription<T>> fields, Preload<T> preload) {
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
        List<HistoryEntry> entries = entries(rows, fields);
        Collections.reverse(entries);
        return entries;
    }

    /** One record's snapshots (ascending revisions) as changes, oldest first. */
    private static <T> List<HistoryEntry> entries(List<Object[]> rows, List<FieldDescription<T>> fields) {
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
            entries.add(new HistoryEntry(revision.getId(), revision.getChangedAt(), revision.getChangedBy(),
                    revisionType.name(), null, null, changes));
            previous = snapshot;
        }
        return entries;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
