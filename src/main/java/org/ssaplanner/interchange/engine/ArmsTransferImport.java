package org.ssaplanner.interchange.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.VintageStatus;
import org.ssaplanner.interchange.csv.SipriTradeRegisterCsv;

/**
 * The import of a SIPRI Arms Transfers Database trade register, on the engine's import log, queue, spool, progress
 * and rejected rows ({@link ImportRunner} runs it in the import's ONE transaction). A register of all suppliers to all
 * recipients replaces the stored register as a whole: the file's rows are COPYed into a temporary table, rows stored
 * identically (same deal, delivery year and every published value) stay untouched, rows the file no longer has or
 * has changed are moved to {@code interchange_arms_transfer_replaced} with the import that replaced them, and the new
 * versions and new rows are inserted. Importing the same file again changes nothing (an identical file is recorded
 * as identical at once, a file with the same rows finds them all unchanged).
 */
@Component
public class ArmsTransferImport {

    private static final Logger log = LoggerFactory.getLogger(ArmsTransferImport.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private static final int ROWS_PER_COPY = 5_000;

    /** The stored columns, in the file's order (source_line and the import follow). */
    private static final String COLUMNS = String.join(", ", ImportFormat.SIPRI_ARMS_TRANSFERS.columns());
    /** The published values that make two versions of a row the same (everything but the line it was on). */
    private static final String CONTENT = ImportFormat.SIPRI_ARMS_TRANSFERS.columns().stream()
            .filter(c -> !c.equals("deal_id") && !c.equals("delivery_year")).reduce((a, b) -> a + ", " + b).orElseThrow();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final TransactionTemplate progressTransaction;

    ArmsTransferImport(DataSource dataSource, JdbcTemplate jdbc, ImportLog importLog,
            PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Imports the file on the caller's (the import's) transaction; what it reached is noted in {@code reached}. */
    void importFile(long importId, ImportDetail detail, Path file, ImportRunner.Reached reached) {
        importLog.lockRunning(importId);
        jdbc.execute("set local synchronous_commit = on");
        jdbc.execute("lock table interchange_arms_transfer in share row exclusive mode");
        Long identical = identicalCurrent(importId, detail.checksum());
        if (identical != null) {
            importLog.succeedIdentical(importId, identical);
            log.info("Import {} (SIPRI arms transfers): identical to import {}, the current register: nothing read or "
                    + "changed", importId, identical);
            return;
        }
        jdbc.execute("drop table if exists pg_temp.arms_staging");
        jdbc.execute("create temporary table arms_staging (like interchange_arms_transfer including defaults) "
                + "on commit drop");
        jdbc.execute("alter table arms_staging drop column id, drop column import_id");
        try (ImportRunner.CountingInputStream in = new ImportRunner.CountingInputStream(Files.newInputStream(file));
                SipriTradeRegisterCsv csv = SipriTradeRegisterCsv.open(in)) {
            Stager stager = new Stager(importId, in, reached);
            csv.readRows(stager);
            stager.flush();
            reached.bytes = in.count();
            reached.rows = stager.rows;
            reached.rejected = stager.rejected.size();
            reached.firstRejections = List.copyOf(stager.rejected.subList(0,
                    Math.min(RowBatcher.FIRST_REJECTIONS_KEPT, stager.rejected.size())));
            if (!stager.rejected.isEmpty()) {
                importLog.addRejections(importId, stager.rejected);
            }
            if (stager.staged == 0) {
                // replacing the register with nothing would empty every competition page
                throw new ImportRefusedException("import.refused.sipri.noRows");
            }
            progress(importId, "MERGING", in.count(), stager.rows, stager.rejected.size());
            Counts counts = replace(importId, stager.staged);
            jdbc.update("insert into interchange_arms_register (import_id, selection, attribution, generated) "
                    + "values (?, ?, ?, ?)", importId, truncate(csv.preamble().get(0), 1000),
                    truncate(csv.attribution(), 300), truncate(csv.generated(), 100));
            importLog.succeed(importId, new ImportLog.Counts(in.count(), stager.rows, counts.added, counts.changed,
                    stager.staged - counts.added - counts.changed, stager.rejected.size(), counts.changed, 0,
                    counts.removed));
            log.info("Import {} (SIPRI arms transfers): {} rows read, {} added, {} changed, {} removed, {} rejected",
                    importId, stager.rows, counts.added, counts.changed, counts.removed, stager.rejected.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Counts(long added, long changed, long removed) {
    }

    /** Moves out what the file no longer has or has changed, then inserts the new rows and the new versions. */
    private Counts replace(long importId, long staged) {
        jdbc.execute("analyze arms_staging");
        Map<String, Object> moved = jdbc.queryForMap("""
                with gone as (
                    delete from interchange_arms_transfer t
                    where not exists (select 1 from arms_staging s where s.deal_id = t.deal_id
                        and s.delivery_year = t.delivery_year and row(%1$s) is not distinct from row(%2$s))
                    returning t.*),
                kept as (
                    insert into interchange_arms_transfer_replaced (id, %3$s, source_line, import_id, replaced_by_import_id)
                    select id, %3$s, source_line, import_id, ? from gone
                    returning deal_id, delivery_year)
                select count(*) as moved, count(*) filter (where exists (select 1 from arms_staging s
                    where s.deal_id = k.deal_id and s.delivery_year = k.delivery_year)) as changed
                from kept k""".formatted(prefixed("s"), prefixed("t"), COLUMNS), importId);
        long movedRows = ((Number) moved.get("moved")).longValue();
        long changed = ((Number) moved.get("changed")).longValue();
        int inserted = jdbc.update("""
                insert into interchange_arms_transfer (%1$s, source_line, import_id)
                select %1$s, source_line, ? from arms_staging s
                where not exists (select 1 from interchange_arms_transfer t where t.deal_id = s.deal_id
                    and t.delivery_year = s.delivery_year)""".formatted(COLUMNS), importId);
        if (inserted < changed || inserted > staged) {
            throw new IllegalStateException("Import " + importId + ": " + inserted + " rows inserted, " + changed
                    + " changed of " + staged);
        }
        return new Counts(inserted - changed, changed, movedRows - changed);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String prefixed(String alias) {
        return String.join(", ", List.of(CONTENT.split(", ")).stream().map(c -> alias + "." + c).toList());
    }

    /**
     * The current register's import when its file is identical (SHA-256) to this one: each register import replaces
     * the whole register, so the latest succeeded one is current.
     */
    private Long identicalCurrent(long importId, String checksum) {
        return jdbc.query("""
                select coalesce(identical_to_id, id), checksum from interchange_import
                where format = ? and status = 'SUCCEEDED' and id <> ? order by finished_at desc, id desc limit 1""",
                (rs, n) -> checksum.equals(rs.getString(2)) ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(),
                ImportFormat.SIPRI_ARMS_TRANSFERS.name(), importId).stream().findFirst().flatMap(o -> o).orElse(null);
    }

    /**
     * Whether a register import's rows are the current register (it is the latest succeeded register import, or the
     * one the latest was identical to). A register import is not rolled back: a newer register replaces it.
     */
    public VintageStatus status(long importId) {
        Long current = jdbc.query("""
                select coalesce(identical_to_id, id) from interchange_import
                where format = ? and status = 'SUCCEEDED' order by finished_at desc, id desc limit 1""",
                (rs, n) -> rs.getLong(1), ImportFormat.SIPRI_ARMS_TRANSFERS.name()).stream().findFirst().orElse(null);
        boolean isCurrent = current != null && current == importId;
        return new VintageStatus(isCurrent, false, "import.rollback.register", List.of());
    }

    private void progress(long importId, String phase, long bytes, long rows, long rejected) {
        progressTransaction.executeWithoutResult(s -> importLog.progress(importId, phase, bytes, rows, rejected));
    }

    /** Checks in-file repeats and COPYs accepted rows into the staging table in runs. */
    private final class Stager implements SipriTradeRegisterCsv.RowHandler {

        private final long importId;
        private final ImportRunner.CountingInputStream in;
        private final ImportRunner.Reached reached;
        private final Map<Long, Long> firstLineOfKey = new HashMap<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final StringBuilder copy = new StringBuilder();
        private final CopyManager copyManager;
        private int pending;
        private long rows;
        private long staged;
        private long lastProgress = System.currentTimeMillis();

        Stager(long importId, ImportRunner.CountingInputStream in, ImportRunner.Reached reached) {
            this.importId = importId;
            this.in = in;
            this.reached = reached;
            try {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY unavailable", e);
            }
        }

        @Override
        public void accepted(long lineNumber, String[] values) throws IOException {
            rows++;
            long key = Long.parseLong(values[SipriTradeRegisterCsv.DEAL_COLUMN]) * 10_000
                    + Long.parseLong(values[SipriTradeRegisterCsv.DELIVERY_YEAR_COLUMN]);
            Long first = firstLineOfKey.putIfAbsent(key, lineNumber);
            if (first != null) {
                reject(new RejectedRow(lineNumber, "import.rejected.sipri.duplicate", List.of(String.valueOf(first)),
                        null));
                return;
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    copy.append(',');
                }
                String value = values[i];
                if (SipriTradeRegisterCsv.isFlag(i)) {
                    value = value == null ? null : String.valueOf(SipriTradeRegisterCsv.flag(value));
                }
                if (value != null) {
                    copy.append('"').append(value.replace("\"", "\"\"")).append('"');
                }
            }
            copy.append(',').append(lineNumber).append('\n');
            staged++;
            if (++pending >= ROWS_PER_COPY) {
                flush();
            }
            progress();
        }

        @Override
        public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
            rows++;
            reject(new RejectedRow(lineNumber, reasonKey, reasonArgs, excerpt));
            progress();
        }

        private void reject(RejectedRow row) {
            rejected.add(row);
            if (rejected.size() > RowBatcher.MAX_REJECTED_ROWS) {
                reached.rows = rows;
                reached.rejected = rejected.size();
                reached.firstRejections = List.copyOf(rejected.subList(0, RowBatcher.FIRST_REJECTIONS_KEPT));
                throw new ImportRefusedException("import.refused.tooManyRejected",
                        String.valueOf(RowBatcher.MAX_REJECTED_ROWS));
            }
        }

        private void progress() {
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                ArmsTransferImport.this.progress(importId, "READING", in.count(), rows, rejected.size());
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                copyManager.copyIn("copy arms_staging (" + COLUMNS + ", source_line) from stdin (format csv)",
                        new ByteArrayInputStream(copy.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("COPY failed", e);
            }
            copy.setLength(0);
            pending = 0;
        }
    }
}
