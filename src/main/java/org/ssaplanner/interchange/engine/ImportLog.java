package org.ssaplanner.interchange.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.shared.SortColumns;

/**
 * The import log (interchange_import) and its rejected rows, in plain SQL: imports are written by a
 * background job next to bulk COPY work, so JPA's unit of work would add nothing but confusion.
 */
@Repository
public class ImportLog {

    /** Separates message arguments in one text column (never appears in CSV text we keep). */
    static final String ARG_SEPARATOR = "\u001f";

    /** First key of the advisory locks held by running imports (the second is the import id): "SSAI". */
    public static final int RUNNING_LOCK_CLASS = 0x53534149;
    private static final String COLUMNS = "id, file_name, file_size, checksum, format, status, phase, bytes_read, rows_read, "
            + "rows_inserted, rows_updated, rows_unchanged, rows_rejected, message_key, message_args, same_file_as_id, "
            + "rerun_of_id, imported_by, created_at, started_at, finished_at, spool_path, rows_changed, rows_reclassified, "
            + "rows_removed, identical_to_id, scope_recorded, rolled_back_at, rolled_back_by";

    private final JdbcTemplate jdbc;

    private final ImportAudit audit;

    ImportLog(JdbcTemplate jdbc, ImportAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public long insert(String fileName, Path spoolPath, long fileSize, String checksum, ImportFormat format,
            ImportStatus status, String messageKey, List<String> messageArgs, Long sameFileAsId, Long rerunOfId,
            String importedBy) {
        return jdbc.queryForObject("""
                insert into interchange_import (file_name, spool_path, file_size, checksum, format, status, message_key,
                    message_args, same_file_as_id, rerun_of_id, imported_by, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)
                returning id""", Long.class,
                fileName, spoolPath == null ? null : spoolPath.toString(), fileSize, checksum,
                format == null ? null : format.name(), status.name(), messageKey, joinArgs(messageArgs), sameFileAsId,
                rerunOfId, importedBy, status.finished());
    }

    public Optional<ImportDetail> find(long id) {
        return jdbc.query("select " + COLUMNS + " from interchange_import where id = ?", MAPPER, id).stream().findFirst();
    }

    public Optional<Path> spoolPath(long id) {
        return jdbc.query("select spool_path from interchange_import where id = ?",
                (rs, n) -> Optional.ofNullable(rs.getString(1)).map(Path::of), id).stream().findFirst()
                .flatMap(p -> p);
    }

    /**
     * The columns the import history sorts by (keys in the URL: {@code sort}); newest first by default, ties by id.
     */
    public static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .descending("when", "created_at")
            .ascending("file", "file_name")
            .ascending("format", "format")
            .ascending("status", "status")
            .descending("read", "rows_read")
            .descending("rejected", "rows_rejected")
            .ascending("who", "imported_by")
            .byDefault("when", true);

    /** A page of the history; {@code pageable}'s sort, if any, names a column of {@link #SORTS}. */
    public Page<ImportDetail> page(Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from interchange_import", Long.class);
        List<ImportDetail> content = jdbc.query("select " + COLUMNS + " from interchange_import order by "
                + SORTS.orderBy(SORTS.resolve(pageable.getSort())) + " limit ? offset ?", MAPPER,
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total);
    }

    public Long lastSucceededWithChecksum(String checksum) {
        return jdbc.query("select id from interchange_import where checksum = ? and status = 'SUCCEEDED' "
                + "order by id desc limit 1", (rs, n) -> rs.getLong(1), checksum).stream().findFirst().orElse(null);
    }

    /**
     * Takes the oldest queued import for this instance (others skip it) and marks it running; null when none waits.
     * The import's transaction then holds its advisory lock ({@link #lockRunning(long)}) until it ends.
     */
    public Long claimNext() {
        return jdbc.query("""
                update interchange_import set status = 'RUNNING', phase = 'READING', started_at = now(), version = version + 1
                where id = (select id from interchange_import where status = 'QUEUED' order by id
                            for update skip locked limit 1)
                returning id""", (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    /** Held by the transaction of a running import: while it is held, no instance takes the import for interrupted. */
    public void lockRunning(long id) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)::text", String.class, RUNNING_LOCK_CLASS, Math.toIntExact(id));
    }

    /** Progress of a running import; also its sign of life (last_seen_at), the end of its run if it never finishes. */
    public void progress(long id, String phase, long bytesRead, long rowsRead, long rowsRejected) {
        jdbc.update("update interchange_import set phase = ?, bytes_read = ?, rows_read = ?, rows_rejected = ?, "
                + "last_seen_at = clock_timestamp(), version = version + 1 where id = ? and status = 'RUNNING'",
                phase, bytesRead, rowsRead, rowsRejected, id);
    }

    /** What a succeeded import counted (read = inserted + updated + unchanged + rejected). */
    public record Counts(long bytesRead, long rowsRead, long inserted, long updated, long unchanged, long rejected,
            long changed, long reclassified, long removed) {
    }

    /**
     * Records success with the import's scope recorded; refuses (so that the import's transaction rolls back) when
     * the import is no longer running.
     */
    public void succeed(long id, Counts c) {
        int updatedRows = jdbc.update("""
                update interchange_import set status = 'SUCCEEDED', phase = null, bytes_read = ?, rows_read = ?,
                    rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, rows_rejected = ?, rows_changed = ?,
                    rows_reclassified = ?, rows_removed = ?, scope_recorded = true, finished_at = clock_timestamp(),
                    last_seen_at = clock_timestamp(), spool_path = null, version = version + 1
                where id = ? and status = 'RUNNING'""", c.bytesRead(), c.rowsRead(), c.inserted(), c.updated(),
                c.unchanged(), c.rejected(), c.changed(), c.reclassified(), c.removed(), id);
        if (updatedRows != 1) {
            throw new IllegalStateException("Import " + id + " was no longer running when it finished");
        }
    }

    /**
     * Records at once that the file is identical to that of import {@code identicalTo}, whose data are still the
     * current vintage of its scope: nothing was read or changed; its rows count as read and unchanged as there.
     */
    public void succeedIdentical(long id, long identicalTo) {
        int updatedRows = jdbc.update("""
                update interchange_import i set status = 'SUCCEEDED', phase = null, bytes_read = i.file_size,
                    rows_read = m.rows_read, rows_inserted = 0, rows_updated = 0, rows_unchanged = m.rows_read - m.rows_rejected,
                    rows_rejected = m.rows_rejected, identical_to_id = m.id, same_file_as_id = coalesce(i.same_file_as_id, m.id),
                    message_key = 'import.identical', message_args = m.id::text, finished_at = clock_timestamp(),
                    last_seen_at = clock_timestamp(), spool_path = null, version = i.version + 1
                from interchange_import m
                where i.id = ? and m.id = ? and i.status = 'RUNNING'""", id, identicalTo);
        if (updatedRows != 1) {
            throw new IllegalStateException("Import " + id + " was no longer running when it finished");
        }
    }

    /**
     * Marks an unfinished import as failed or refused, with how far it got (bytes and rows read, rows rejected when it
     * stopped); counts of stored rows go back to zero (nothing was kept). A refused file is not kept (it cannot be
     * run again): its path is forgotten here and the file deleted after this commits.
     */
    public void finishUnsuccessfully(long id, ImportStatus status, String messageKey, List<String> args, long bytesRead,
            long rowsRead, long rowsRejected) {
        jdbc.update("""
                update interchange_import set status = ?, phase = null, message_key = ?, message_args = ?,
                    bytes_read = greatest(bytes_read, ?), rows_read = greatest(rows_read, ?),
                    rows_rejected = greatest(rows_rejected, ?), rows_inserted = 0, rows_updated = 0, rows_unchanged = 0,
                    rows_changed = 0, rows_reclassified = 0, rows_removed = 0,
                    spool_path = case when ? then null else spool_path end,
                    finished_at = clock_timestamp(), version = version + 1
                where id = ? and status in ('QUEUED', 'RUNNING')""", status.name(), messageKey, joinArgs(args),
                bytesRead, rowsRead, rowsRejected, status == ImportStatus.REFUSED, id);
    }

    /** Takes the import's row for a rollback (the caller holds the table lock); false when there is no such import. */
    public boolean lockForRollback(long id) {
        return !jdbc.queryForList("select id from interchange_import where id = ? for update", Long.class, id).isEmpty();
    }

    public void markRolledBack(long id, String user) {
        jdbc.update("update interchange_import set rolled_back_at = clock_timestamp(), rolled_back_by = ?, "
                + "version = version + 1 where id = ? and rolled_back_at is null", user, id);
    }

    /**
     * Imports marked running whose transaction is gone (the instance running them stopped): their rows never
     * committed, so they are marked failed (and can be run again while their file is kept). A running import's
     * transaction holds its advisory lock, so whoever can take the lock knows it is gone; the grace period covers
     * the moment between claiming an import and taking the lock. It ran until its last sign of life.
     */
    @Transactional
    public int failInterrupted() {
        // each one recorded in the security log (as failed, with the importer), committed with its new status
        List<Object[]> failed = jdbc.query("""
                update interchange_import set status = 'FAILED', phase = null, message_key = 'import.failed.interrupted',
                    message_args = null, rows_inserted = 0, rows_updated = 0, rows_unchanged = 0,
                    finished_at = coalesce(last_seen_at, started_at, now()), version = version + 1
                where id in (select id from interchange_import where status = 'RUNNING'
                             and started_at < now() - interval '30 seconds')
                  and pg_try_advisory_xact_lock(?, id::int)
                returning id, file_name, imported_by, rows_read, rows_rejected""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)},
                RUNNING_LOCK_CLASS);
        for (Object[] row : failed) {
            audit.failed((Long) row[0], (String) row[1], (String) row[2], ImportStatus.FAILED,
                    "import.failed.interrupted", List.of(), (Long) row[3], (Long) row[4]);
        }
        return failed.size();
    }

    public void addRejections(long importId, List<RejectedRow> rows) {
        jdbc.batchUpdate("insert into interchange_import_rejection (import_id, line_number, reason_key, reason_args, excerpt) "
                + "values (?, ?, ?, ?, ?)", rows, 1000, (ps, row) -> {
                    ps.setLong(1, importId);
                    ps.setLong(2, row.lineNumber());
                    ps.setString(3, row.reasonKey());
                    ps.setString(4, joinArgs(row.reasonArgs()));
                    ps.setString(5, row.excerpt() == null ? null : row.excerpt().replace("\u0000", ""));
                });
    }

    public Page<RejectedRow> rejections(long importId, Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from interchange_import_rejection where import_id = ?",
                Long.class, importId);
        List<RejectedRow> content = jdbc.query("select line_number, reason_key, reason_args, excerpt "
                + "from interchange_import_rejection where import_id = ? order by line_number, id limit ? offset ?",
                (rs, n) -> new RejectedRow(rs.getLong(1), rs.getString(2), splitArgs(rs.getString(3)), rs.getString(4)),
                importId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total);
    }

    static String joinArgs(List<String> args) {
        return args == null || args.isEmpty() ? null : String.join(ARG_SEPARATOR, args);
    }

    static List<String> splitArgs(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(ARG_SEPARATOR, -1));
    }

    private static final RowMapper<ImportDetail> MAPPER = ImportLog::map;

    private static ImportDetail map(ResultSet rs, int n) throws SQLException {
        String format = rs.getString("format");
        String spool = rs.getString("spool_path");
        return new ImportDetail(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"),
                rs.getString("checksum"), format == null ? null : ImportFormat.valueOf(format),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("phase"), rs.getLong("bytes_read"),
                rs.getLong("rows_read"), rs.getLong("rows_inserted"), rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"), rs.getLong("rows_rejected"), rs.getString("message_key"),
                splitArgs(rs.getString("message_args")), (Long) rs.getObject("same_file_as_id"),
                (Long) rs.getObject("rerun_of_id"), rs.getString("imported_by"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), spool != null && Files.isRegularFile(Path.of(spool)),
                new ImportDetail.Vintage(rs.getLong("rows_changed"), rs.getLong("rows_reclassified"),
                        rs.getLong("rows_removed"), (Long) rs.getObject("identical_to_id"), rs.getBoolean("scope_recorded"),
                        instant(rs, "rolled_back_at"), rs.getString("rolled_back_by")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
