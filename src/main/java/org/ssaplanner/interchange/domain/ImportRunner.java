package org.ssaplanner.interchange.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;

/**
 * Runs one import. A reading thread ({@link RowBatcher}) parses and checks the kept file and hands over
 * batches of rows; this thread writes them: rows with a new natural key go straight into the final table with
 * PostgreSQL COPY, rows whose key is stored already go to a staging table and are merged with one set-based
 * UPDATE at the end (only those whose values changed). Everything from the first row to the final status happens
 * in ONE transaction, so a crash, a refusal or a stop leaves no partial data visible. Progress counts are
 * written in separate short transactions so that the progress page can follow.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;
    private final AgencyMappings agencyMappings;
    private final Spool spool;
    private final AreaAggregates areaAggregates;

    ImportRunner(DataSource dataSource, JdbcTemplate jdbc, ImportLog importLog, PlatformTransactionManager transactions,
            AgencyMappings agencyMappings, Spool spool, AreaAggregates areaAggregates) {
        this.spool = spool;
        this.areaAggregates = areaAggregates;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.agencyMappings = agencyMappings;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs a claimed import (status RUNNING) to its end; never throws (the outcome is in the import log). */
    public void run(long importId) {
        ImportDetail detail = importLog.find(importId).orElse(null);
        if (detail == null || detail.status() != ImportStatus.RUNNING) {
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
        importLog.lockRunning(importId);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(in)) {
            long started = System.nanoTime();
            ImportFormat format = csv.format();
            jdbc.execute("set local work_mem = '256MB'");
            // safe: rows and status commit together; a lost commit shows as an interrupted import at the next start
            jdbc.execute("set local synchronous_commit = off");
            jdbc.execute(ImportSql.lock(format));
            BatchWriter writer = new BatchWriter(importId, format,
                    Boolean.TRUE.equals(jdbc.queryForObject(ImportSql.hasRows(format), Boolean.class)));
            RowBatcher reader = new RowBatcher(csv, importId, in::count);
            Thread readingThread = new Thread(reader, "import-" + importId + "-reader");
            readingThread.setDaemon(true);
            readingThread.start();
            try {
                RowBatch batch;
                while ((batch = reader.next()) != null) {
                    writer.write(batch);
                }
            } finally {
                reader.cancel();
                readingThread.join();
            }
            long written = System.nanoTime();
            long updated = 0;
            if (writer.staged > 0) {
                progress(importId, "MERGING", in.count(), writer.rowsRead, writer.rowsRejected);
                jdbc.execute("analyze " + ImportSql.stage(importId));
                updated = jdbc.update(ImportSql.updateChanged(format, importId));
                jdbc.execute(ImportSql.dropStage(importId));
            }
            long merged = System.nanoTime();
            if (format == ImportFormat.COMPLETE) {
                // new agency names of this file, matched where exact: committed together with the rows
                progress(importId, "MAPPING", in.count(), writer.rowsRead, writer.rowsRejected);
                agencyMappings.record(reader.agencies());
            }
            // the per-area aggregates of the countries this file touched, equal to the rows at commit
            areaAggregates.refresh(format, writer.countries);
            long unchanged = writer.staged - updated;
            log.info("Import {}: read, checked and written in {} ms ({} rows existed already), merged in {} ms, "
                    + "agencies recorded in {} ms", importId, (written - started) / 1_000_000, writer.staged,
                    (merged - written) / 1_000_000, (System.nanoTime() - merged) / 1_000_000);
            importLog.succeed(importId, in.count(), writer.rowsRead, writer.inserted, updated, unchanged, writer.rowsRejected);
            log.info("Import {} ({}): {} rows read, {} inserted, {} updated, {} unchanged, {} rejected", importId, format,
                    writer.rowsRead, writer.inserted, updated, unchanged, writer.rowsRejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
    }

    private void progress(long importId, String phase, long bytes, long rows, long rejected) {
        progressTransaction.executeWithoutResult(s -> importLog.progress(importId, phase, bytes, rows, rejected));
    }

    /** Writes the batches of one import, on the import's transaction. */
    private final class BatchWriter {

        private final long importId;
        private final ImportFormat format;
        /** When the table was empty at the start, no key can exist yet (in-file repeats are rejected while reading). */
        private final boolean keysMayExist;
        private final Connection connection;
        private final CopyManager copyManager;
        private boolean stageCreated;
        private long inserted;
        private long staged;
        private long rowsRead;
        private long rowsRejected;
        private long lastProgress = System.currentTimeMillis();
        /** The published country codes of the rows written. */
        private final Set<String> countries = new HashSet<>();

        BatchWriter(long importId, ImportFormat format, boolean keysMayExist) throws SQLException {
            this.importId = importId;
            this.format = format;
            this.keysMayExist = keysMayExist;
            this.connection = DataSourceUtils.getConnection(dataSource);
            this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        }

        void write(RowBatch batch) throws SQLException {
            if (!batch.rejections().isEmpty()) {
                importLog.addRejections(importId, batch.rejections());
            }
            for (int row = 0; row < batch.rows(); row++) {
                countries.add(batch.country(row));
            }
            boolean[] exists = existing(batch);
            int existingRows = 0;
            for (boolean e : exists) {
                existingRows += e ? 1 : 0;
            }
            if (batch.rows() > existingRows) {
                inserted += copy(ImportSql.copyIntoTable(format), batch, exists, false);
            }
            if (existingRows > 0) {
                if (!stageCreated) {
                    jdbc.execute(ImportSql.createStage(format, importId));
                    stageCreated = true;
                }
                staged += copy(ImportSql.copyIntoStage(format, importId), batch, exists, true);
            }
            rowsRead = batch.rowsRead();
            rowsRejected = batch.rowsRejected();
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                progress(importId, "READING", batch.bytesRead(), rowsRead, rowsRejected);
            }
        }

        /** Which rows of the batch have a natural key that is stored already. */
        private boolean[] existing(RowBatch batch) throws SQLException {
            boolean[] exists = new boolean[batch.rows()];
            if (!keysMayExist || batch.rows() == 0) {
                return exists;
            }
            Map<UUID, Integer> rowOfKey = new HashMap<>(batch.rows() * 2);
            String[] countries = new String[batch.rows()];
            String[] activities = new String[batch.rows()];
            UUID[] keys = new UUID[batch.rows()];
            for (int row = 0; row < batch.rows(); row++) {
                countries[row] = batch.country(row);
                activities[row] = batch.activity(row);
                keys[row] = new UUID(batch.high(row), batch.low(row));
                rowOfKey.put(keys[row], row);
            }
            Array countryArray = connection.createArrayOf("text", countries);
            Array activityArray = connection.createArrayOf("text", activities);
            Array keyArray = connection.createArrayOf("uuid", keys);
            try {
                jdbc.query(ImportSql.existingKeys(format), ps -> {
                    ps.setArray(1, countryArray);
                    ps.setArray(2, activityArray);
                    ps.setArray(3, keyArray);
                }, (RowCallbackHandler) rs -> exists[rowOfKey.get(rs.getObject(1, UUID.class))] = true);
            } finally {
                countryArray.free();
                activityArray.free();
                keyArray.free();
            }
            return exists;
        }

        /** COPYs the rows of the batch that do ({@code existing}) or do not exist, in runs; returns the rows written. */
        private long copy(String sql, RowBatch batch, boolean[] exists, boolean existing) throws SQLException {
            CopyIn copy = copyManager.copyIn(sql);
            try {
                copy.writeToCopy(RowBatch.COPY_HEADER, 0, RowBatch.COPY_HEADER.length);
                byte[] data = batch.data();
                int row = 0;
                while (row < batch.rows()) {
                    if (exists[row] != existing) {
                        row++;
                        continue;
                    }
                    int first = row;
                    while (row < batch.rows() && exists[row] == existing) {
                        row++;
                    }
                    copy.writeToCopy(data, batch.start(first), batch.end(row - 1) - batch.start(first));
                }
                copy.writeToCopy(RowBatch.COPY_TRAILER, 0, RowBatch.COPY_TRAILER.length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
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
