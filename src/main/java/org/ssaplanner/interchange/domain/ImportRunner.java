package org.ssaplanner.interchange.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;

/**
 * Runs one import: streams the kept file through the CSV reader into a temporary staging table with
 * PostgreSQL COPY, rejects in-file duplicates, and merges into the final table with one set-based
 * statement. Everything from the first staged row to the final status happens in ONE transaction, so a
 * crash, a refusal or a stop leaves no partial data visible. Progress counts are written in separate
 * short transactions so that the progress page can follow.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int COPY_BUFFER = 1 << 18;
    /** Rejected rows are held until COPY ends (a connection in COPY runs nothing else); beyond this, refuse. */
    static final int MAX_REJECTED_ROWS = 50_000;
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;
    private final AgencyMappings agencyMappings;
    private final Spool spool;

    ImportRunner(DataSource dataSource, JdbcTemplate jdbc, ImportLog importLog, PlatformTransactionManager transactions,
            AgencyMappings agencyMappings, Spool spool) {
        this.spool = spool;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.agencyMappings = agencyMappings;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs a queued import to its end; never throws (the outcome is in the import log). */
    public void run(long importId) {
        ImportDetail detail = importLog.find(importId).orElse(null);
        if (detail == null || !importLog.markRunning(importId)) {
            return;
        }
        Path file = importLog.spoolPath(importId).orElse(null);
        try {
            if (file == null || !Files.isRegularFile(file)) {
                throw new ImportRefusedException("import.failed.fileMissing");
            }
            importTransaction.executeWithoutResult(status -> importFile(importId, file));
        } catch (ImportRefusedException e) {
            finish(importId, ImportStatus.REFUSED, e.messageKey(), e.args());
            return;
        } catch (RuntimeException e) {
            log.error("Import {} failed", importId, e);
            finish(importId, ImportStatus.FAILED, "import.failed.unexpected", List.of());
            return;
        }
        // a succeeded import needs its file no more (only failed ones are run again); the log forgot it at commit
        spool.delete(file);
    }

    private void finish(long importId, ImportStatus status, String key, List<String> args) {
        progressTransaction.executeWithoutResult(s -> importLog.finishUnsuccessfully(importId, status, key, args));
    }

    private void importFile(long importId, Path file) {
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(in)) {
            long started = System.nanoTime();
            ImportFormat format = csv.format();
            jdbc.execute("set local work_mem = '256MB'");
            jdbc.execute("set local synchronous_commit = off");
            jdbc.execute(ImportSql.createStage(format, importId));
            Connection connection = DataSourceUtils.getConnection(dataSource);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(ImportSql.copy(format, importId));
            StageWriter writer = new StageWriter(importId, copy, in);
            long rowsRead;
            try {
                rowsRead = csv.readRows(writer);
                writer.flush();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            long staged = System.nanoTime();
            log.debug("Import {}: {} ms of staging were spent waiting on COPY writes", importId, writer.copyNanos / 1_000_000);
            writer.flushRejections();
            progress(importId, "MERGING", in.count(), rowsRead, writer.rejected);
            int duplicates = Boolean.TRUE.equals(jdbc.queryForObject(ImportSql.hasDuplicates(importId), Boolean.class))
                    ? jdbc.update(ImportSql.rejectDuplicates(importId), importId) : 0;
            long deduplicated = System.nanoTime();
            long[] merged = jdbc.queryForObject(ImportSql.merge(format, importId),
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, importId, importId);
            long mergedAt = System.nanoTime();
            log.info("Import {}: read and staged in {} ms, duplicates checked in {} ms, merged in {} ms", importId,
                    (staged - started) / 1_000_000, (deduplicated - staged) / 1_000_000, (mergedAt - deduplicated) / 1_000_000);
            jdbc.execute(ImportSql.dropStage(importId));
            if (format == ImportFormat.COMPLETE) {
                // new agency names of this import, matched where exact: committed together with the rows
                progress(importId, "MAPPING", in.count(), rowsRead, writer.rejected + duplicates);
                agencyMappings.refresh(importId);
            }
            long rejected = writer.rejected + duplicates;
            long unchanged = rowsRead - rejected - merged[0] - merged[1];
            importLog.succeed(importId, in.count(), rowsRead, merged[0], merged[1], unchanged, rejected);
            log.info("Import {} ({}): {} rows read, {} inserted, {} updated, {} unchanged, {} rejected", importId, format,
                    rowsRead, merged[0], merged[1], unchanged, rejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        }
    }

    private void progress(long importId, String phase, long bytes, long rows, long rejected) {
        progressTransaction.executeWithoutResult(s -> importLog.progress(importId, phase, bytes, rows, rejected));
    }

    /** Writes accepted rows to COPY in CSV (every value quoted, blank = NULL) and collects rejected rows. */
    private final class StageWriter implements ForeignAssistanceCsv.RowHandler {

        private final long importId;
        private final CopyIn copy;
        private final CountingInputStream in;
        private final StringBuilder buffer = new StringBuilder(COPY_BUFFER + 4096);
        private final List<RejectedRow> rejections = new ArrayList<>();
        private long rows;
        private long rejected;
        private long lastProgress = System.currentTimeMillis();
        private long copyNanos;

        StageWriter(long importId, CopyIn copy, CountingInputStream in) {
            this.importId = importId;
            this.copy = copy;
            this.in = in;
        }

        @Override
        public void accepted(long lineNumber, String[] values) throws IOException {
            rows++;
            buffer.append(lineNumber);
            for (String value : values) {
                buffer.append(',');
                if (value != null) {
                    buffer.append('"');
                    if (value.indexOf('"') >= 0) {
                        buffer.append(value.replace("\"", "\"\""));
                    } else {
                        buffer.append(value);
                    }
                    buffer.append('"');
                }
            }
            buffer.append('\n');
            if (buffer.length() >= COPY_BUFFER) {
                flush();
            }
            tick();
        }

        @Override
        public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
            rows++;
            rejected++;
            if (rejected > MAX_REJECTED_ROWS) {
                throw new ImportRefusedException("import.refused.tooManyRejected", String.valueOf(MAX_REJECTED_ROWS));
            }
            rejections.add(new RejectedRow(lineNumber, reasonKey, reasonArgs, excerpt));
            tick();
        }

        void flush() throws IOException {
            if (buffer.length() == 0) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            long t = System.nanoTime();
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copyNanos += System.nanoTime() - t;
            } catch (SQLException e) {
                throw new IOException("COPY failed", e);
            }
        }

        void flushRejections() {
            if (!rejections.isEmpty()) {
                importLog.addRejections(importId, rejections);
                rejections.clear();
            }
        }

        private void tick() {
            if ((rows & 1023) == 0 && System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                progress(importId, "READING", in.count(), rows, rejected);
            }
        }
    }

    /** Counts bytes read, for the progress bar. */
    static final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
