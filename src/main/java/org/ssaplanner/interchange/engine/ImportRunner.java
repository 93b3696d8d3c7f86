package org.ssaplanner.interchange.engine;

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
import java.util.List;
import java.util.Map;
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
import org.ssaplanner.interchange.ImportScope;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;

/**
 * Runs one import. A reading thread ({@link RowBatcher}) parses and checks the kept file and hands over
 * batches of rows; this thread writes them: rows not stored yet go straight into the final table with PostgreSQL
 * COPY, rows identical to a stored row are only noted (they stay untouched). Once the file is read, its scope is
 * recorded and the stored rows of the scope that the file no longer has are moved to the history table, and what
 * changed is recorded for the import page ({@link Vintages}). Everything from the first row to the final status
 * happens in ONE transaction, so a crash, a refusal or a stop leaves no partial data visible. Progress counts are
 * written in separate short transactions so that the progress page can follow.
 *
 * <p>A file identical (SHA-256) to that of an import whose data are still the current vintage of its scope is
 * recorded at once as identical to it, without reading its rows.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final Vintages vintages;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;
    private final AgencyMappings agencyMappings;
    private final Spool spool;
    private final AreaAggregates areaAggregates;
    private final ImportAudit audit;
    private final CountryContextImport countryContext;
    private final ArmsTransferImport armsTransfers;
    private final IatiActivityImport iatiActivities;

    ImportRunner(DataSource dataSource, JdbcTemplate jdbc, ImportLog importLog, Vintages vintages,
            PlatformTransactionManager transactions, AgencyMappings agencyMappings, Spool spool,
            AreaAggregates areaAggregates, ImportAudit audit, CountryContextImport countryContext,
            ArmsTransferImport armsTransfers, IatiActivityImport iatiActivities) {
        this.iatiActivities = iatiActivities;
        this.audit = audit;
        this.countryContext = countryContext;
        this.armsTransfers = armsTransfers;
        this.spool = spool;
        this.areaAggregates = areaAggregates;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.vintages = vintages;
        this.agencyMappings = agencyMappings;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How far an import got, for its log entry when it stops. */
    static final class Reached {
        volatile long bytes;
        volatile long rows;
        volatile long rejected;
        volatile List<RejectedRow> firstRejections = List.of();
    }

    /** Runs a claimed import (status RUNNING) to its end; never throws (the outcome is in the import log). */
    public void run(long importId) {
        ImportDetail detail = importLog.find(importId).orElse(null);
        if (detail == null || detail.status() != ImportStatus.RUNNING) {
            return;
        }
        Path file = importLog.spoolPath(importId).orElse(null);
        Reached reached = new Reached();
        try {
            if (file == null || !Files.isRegularFile(file)) {
                throw new ImportRefusedException("import.failed.fileMissing");
            }
            if (detail.format() == ImportFormat.SIPRI_ARMS_TRANSFERS) {
                importTransaction.executeWithoutResult(status -> {
                    armsTransfers.importFile(importId, detail, file, reached);
                    auditSuccess(importId);
                });
            } else if (detail.format() == ImportFormat.IATI_ACTIVITIES) {
                importTransaction.executeWithoutResult(status -> {
                    iatiActivities.importFile(importId, detail, file, reached);
                    auditSuccess(importId);
                });
            } else {
                importTransaction.executeWithoutResult(status -> importFile(importId, detail, file, reached));
            }
        } catch (ImportRefusedException e) {
            // a refused file cannot be run again: the log forgets it, then it is deleted (nobody can fill the disk)
            finish(importId, detail, ImportStatus.REFUSED, e.messageKey(), e.args(), reached);
            if (file != null) {
                spool.delete(file);
            }
            return;
        } catch (RuntimeException e) {
            log.error("Import {} failed", importId, e);
            finish(importId, detail, ImportStatus.FAILED, "import.failed.unexpected", List.of(), reached);
            return;
        }
        // a succeeded import needs its file no more (only failed ones are run again); the log forgot it in the
        // import's transaction, whose commit was durable (synchronous_commit on) before the file goes
        spool.delete(file);
    }

    private void finish(long importId, ImportDetail detail, ImportStatus status, String key, List<String> args,
            Reached reached) {
        progressTransaction.executeWithoutResult(s -> {
            importLog.finishUnsuccessfully(importId, status, key, args, reached.bytes, reached.rows, reached.rejected);
            if (!reached.firstRejections.isEmpty()) {
                importLog.addRejections(importId, reached.firstRejections);
            }
            audit.failed(importId, detail.fileName(), detail.importedBy(), status, key, args, reached.rows,
                    reached.rejected);
        });
    }

    /** For the security log, in the import's transaction (no event without the data, none of an import rolled back). */
    private void auditSuccess(long importId) {
        audit.succeeded(importLog.find(importId).orElseThrow());
    }

    private void importFile(long importId, ImportDetail detail, Path file, Reached reached) {
        importLog.lockRunning(importId);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
                ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(in)) {
            long started = System.nanoTime();
            ImportFormat format = csv.format();
            jdbc.execute("set local work_mem = '256MB'");
            // the spool file is deleted once this transaction commits: the commit must be durable by then, whatever
            // the server's default (a lost commit with its file gone could never be run again)
            jdbc.execute("set local synchronous_commit = on");
            if (format.countryContext()) {
                importCountryContext(importId, format, csv, in, reached);
                return;
            }
            jdbc.execute(ImportSql.lock(format));
            Long identical = vintages.identicalCurrent(importId, format, detail.checksum());
            if (identical != null) {
                importLog.succeedIdentical(importId, identical);
                auditSuccess(importId);
                log.info("Import {} ({}): identical to import {}, whose data are still current: nothing read or changed",
                        importId, format, identical);
                return;
            }
            boolean rowsMayExist = Boolean.TRUE.equals(jdbc.queryForObject(ImportSql.hasRows(format), Boolean.class));
            BatchWriter writer = new BatchWriter(importId, format, rowsMayExist);
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
                reached.bytes = in.count();
                reached.rows = reader.rowsRead();
                reached.rejected = reader.rowsRejected();
                reached.firstRejections = reader.firstRejections();
            }
            long written = System.nanoTime();
            progress(importId, "MERGING", in.count(), writer.rowsRead, writer.rowsRejected);
            ImportScope scope = reader.scope();
            vintages.recordScope(importId, scope);
            long moved = vintages.apply(importId, format, scope, reader.groups(), writer.sums, rowsMayExist);
            if (rowsMayExist) {
                ImportSql.dropKeyTables(importId).forEach(jdbc::execute);
            }
            Vintages.Totals totals = vintages.totals(importId);
            long updated = totals.changed() + totals.reclassified();
            if (totals.added() + updated != writer.inserted || totals.removed() + updated != moved) {
                throw new IllegalStateException("Import " + importId + ": " + writer.inserted + " rows stored and " + moved
                        + " moved out do not add up to " + totals);
            }
            long merged = System.nanoTime();
            if (format == ImportFormat.COMPLETE) {
                // new agency names of this file, matched where exact: committed together with the rows
                progress(importId, "MAPPING", in.count(), writer.rowsRead, writer.rowsRejected);
                agencyMappings.record(reader.agencies());
            }
            if (writer.inserted + moved > 0) {
                dataChanged(format, scope);
            }
            log.info("Import {}: read, checked and written in {} ms ({} rows stored already), {} rows of the previous "
                    + "vintage replaced and changes recorded in {} ms, agencies recorded in {} ms", importId,
                    (written - started) / 1_000_000, writer.matched, moved, (merged - written) / 1_000_000,
                    (System.nanoTime() - merged) / 1_000_000);
            importLog.succeed(importId, new ImportLog.Counts(in.count(), writer.rowsRead, totals.added(), updated,
                    writer.matched, writer.rowsRejected, totals.changed(), totals.reclassified(), totals.removed()));
            auditSuccess(importId);
            log.info("Import {} ({}): {} rows read, {} added, {} changed, {} reclassified, {} removed, {} unchanged, "
                    + "{} rejected", importId, format, writer.rowsRead, totals.added(), totals.changed(),
                    totals.reclassified(), totals.removed(), writer.matched, writer.rowsRejected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Import interrupted", e);
        }
    }

    /** A country-context file (the whole data set) replaces the stored one; see {@link CountryContextImport}. */
    private void importCountryContext(long importId, ImportFormat format, ForeignAssistanceCsv csv,
            CountingInputStream in, Reached reached) {
        CountryContextImport.Result result;
        try {
            result = countryContext.run(importId, format, csv, in::count,
                    (phase, bytes, rows, rejected) -> {
                        reached.bytes = bytes;
                        reached.rows = rows;
                        reached.rejected = rejected;
                        progress(importId, phase, bytes, rows, rejected);
                    });
        } catch (ImportRefusedException e) {
            reached.bytes = in.count();
            throw e;
        }
        long changed = result.changed();
        importLog.succeed(importId, new ImportLog.Counts(in.count(), result.rowsRead(), result.added(), changed,
                result.unchanged(), result.rejected(), changed, 0, result.removed()));
        auditSuccess(importId);
    }

    /**
     * The stored rows of the scope's countries changed (an import or a rollback, inside its transaction): the
     * per-area aggregates of those countries are rebuilt, so they equal the rows when the transaction commits.
     */
    void dataChanged(ImportFormat format, ImportScope scope) {
        areaAggregates.refresh(format, scope.countryCodes());
    }

    private void progress(long importId, String phase, long bytes, long rows, long rejected) {
        progressTransaction.executeWithoutResult(s -> importLog.progress(importId, phase, bytes, rows, rejected));
    }

    /** Writes the batches of one import, on the import's transaction. */
    private final class BatchWriter {

        private final long importId;
        private final ImportFormat format;
        /** When the table was empty at the start, no row can be stored already (in-file repeats are rejected while reading). */
        private final boolean rowsMayExist;
        private final Connection connection;
        private final CopyManager copyManager;
        /** Rows found stored already and rows stored, per (country, fiscal year, transaction type) group. */
        private final GroupSums sums = new GroupSums();
        private long inserted;
        private long matched;
        private long rowsRead;
        private long rowsRejected;
        private long lastProgress = System.currentTimeMillis();

        BatchWriter(long importId, ImportFormat format, boolean rowsMayExist) throws SQLException {
            this.importId = importId;
            this.format = format;
            this.rowsMayExist = rowsMayExist;
            this.connection = DataSourceUtils.getConnection(dataSource);
            this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            if (rowsMayExist) {
                ImportSql.createKeyTables(importId).forEach(jdbc::execute);
            }
        }

        void write(RowBatch batch) throws SQLException {
            if (!batch.rejections().isEmpty()) {
                importLog.addRejections(importId, batch.rejections());
            }
            boolean[] exists = existing(batch);
            int existingRows = 0;
            for (boolean e : exists) {
                existingRows += e ? 1 : 0;
            }
            matched += existingRows;
            for (int row = 0; row < batch.rows(); row++) {
                sums.add(batch.group(row), batch.amount(row), exists[row]);
            }
            if (batch.rows() > existingRows) {
                inserted += copy(ImportSql.copyIntoTable(format), batch, exists, false);
            }
            rowsRead = batch.rowsRead();
            rowsRejected = batch.rowsRejected();
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                progress(importId, "READING", batch.bytesRead(), rowsRead, rowsRejected);
            }
        }

        /**
         * Which rows of the batch are stored already (identical); notes them in the match table and the others in the
         * new table (the rows this import stores), for what follows the reading.
         */
        private boolean[] existing(RowBatch batch) throws SQLException {
            boolean[] exists = new boolean[batch.rows()];
            if (!rowsMayExist || batch.rows() == 0) {
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
                jdbc.query(ImportSql.sortExisting(format, importId), ps -> {
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
