package org.ssaplanner.interchange.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.interchange.ImportDetail;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.VintageStatus;
import org.ssaplanner.interchange.iati.IatiActivityReader;
import org.ssaplanner.interchange.iati.IatiActivityReader.Activity;
import org.ssaplanner.interchange.iati.IatiActivityReader.Budget;
import org.ssaplanner.interchange.iati.IatiActivityReader.Indicator;
import org.ssaplanner.interchange.iati.IatiActivityReader.Period;
import org.ssaplanner.interchange.iati.IatiActivityReader.Transaction;

/**
 * The import of an IATI activity file, on the engine's import log, queue, spool, progress and rejected rows
 * ({@link ImportRunner} runs it in the import's ONE transaction: a refusal leaves nothing stored). Activities are
 * read one at a time ({@link IatiActivityReader}) and written in batches. An activity is identified by its
 * iati-identifier: one stored with the same content (digest) stays untouched, so importing the same file again
 * changes nothing; one stored with other content is replaced with its transactions, budgets and results when the
 * file's version is not older (last-updated-datetime); an older version is rejected and the stored one kept. The
 * publisher's activities the file does not mention are kept (a file covers a country or a selection). An identifier
 * stored under another publisher is rejected. Rejections carry the element path of what was wrong.
 */
@Component
public class IatiActivityImport {

    private static final Logger log = LoggerFactory.getLogger(IatiActivityImport.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final ImportLog importLog;
    private final TransactionTemplate progressTransaction;

    IatiActivityImport(JdbcTemplate jdbc, ImportLog importLog, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.importLog = importLog;
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Imports the file on the caller's (the import's) transaction; what it reached is noted in {@code reached}. */
    void importFile(long importId, ImportDetail detail, Path file, ImportRunner.Reached reached) {
        importLog.lockRunning(importId);
        jdbc.execute("set local synchronous_commit = on");
        jdbc.execute("lock table interchange_iati_activity in share row exclusive mode");
        try (ImportRunner.CountingInputStream in = new ImportRunner.CountingInputStream(Files.newInputStream(file))) {
            IatiActivityReader reader = IatiActivityReader.open(in);
            Writer writer = new Writer(importId, reader.version(), in, reached);
            try {
                reader.read(writer);
                writer.flush();
            } finally {
                reached.bytes = in.count();
                reached.rows = writer.read;
                reached.rejected = writer.rejected.size();
                reached.firstRejections = List.copyOf(writer.rejected.subList(0,
                        Math.min(RowBatcher.FIRST_REJECTIONS_KEPT, writer.rejected.size())));
            }
            if (!writer.rejected.isEmpty()) {
                importLog.addRejections(importId, writer.rejected);
            }
            if (writer.read == writer.rejected.size()) {
                throw new ImportRefusedException("import.refused.iati.noActivities");
            }
            importLog.succeed(importId, new ImportLog.Counts(in.count(), writer.read, writer.added, writer.replaced,
                    writer.unchanged, writer.rejected.size(), writer.replaced, 0, 0));
            log.info("Import {} (IATI {}): {} activities read, {} added, {} replaced, {} unchanged, {} rejected",
                    importId, reader.version(), writer.read, writer.added, writer.replaced, writer.unchanged,
                    writer.rejected.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the import's activities are still stored as it stored them (any of them: a later file may replace
     * some). An IATI import is not rolled back: a newer file of the publisher replaces what it covers.
     */
    public VintageStatus status(long importId) {
        Boolean current = jdbc.queryForObject(
                "select exists (select 1 from interchange_iati_activity where import_id = ?)", Boolean.class, importId);
        return new VintageStatus(Boolean.TRUE.equals(current), false, "import.rollback.iati", List.of());
    }

    /** The stored version of an activity the file also has. */
    private record Stored(long id, String digest, String publisher, Timestamp lastUpdated) {
    }

    private final class Writer implements IatiActivityReader.Handler {

        private final long importId;
        private final String version;
        private final ImportRunner.CountingInputStream in;
        private final ImportRunner.Reached reached;
        private final List<Activity> batch = new ArrayList<>(BATCH);
        private final Map<String, String> pathOfIdentifier = new HashMap<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private long read;
        private long added;
        private long replaced;
        private long unchanged;
        private long lastProgress = System.currentTimeMillis();

        Writer(long importId, String version, ImportRunner.CountingInputStream in, ImportRunner.Reached reached) {
            this.importId = importId;
            this.version = version;
            this.in = in;
            this.reached = reached;
        }

        @Override
        public void activity(Activity activity) {
            read++;
            String first = pathOfIdentifier.putIfAbsent(activity.identifier(), activity.path());
            if (first != null) {
                reject(activity.line(), activity.path() + "/iati-identifier", "import.rejected.iati.duplicate", first);
            } else {
                batch.add(activity);
                if (batch.size() >= BATCH) {
                    flush();
                }
            }
            progress();
        }

        @Override
        public void rejected(long line, String path, String reasonKey, List<String> args) {
            read++;
            reject(line, path, reasonKey, args.toArray(String[]::new));
            progress();
        }

        private void reject(long line, String path, String key, String... args) {
            List<String> all = new ArrayList<>();
            all.add(path);
            all.addAll(List.of(args));
            rejected.add(new RejectedRow(line, key, all, path.length() <= 300 ? path : path.substring(0, 300)));
            if (rejected.size() > RowBatcher.MAX_REJECTED_ROWS) {
                reached.rows = read;
                reached.rejected = rejected.size();
                reached.firstRejections = List.copyOf(rejected.subList(0, RowBatcher.FIRST_REJECTIONS_KEPT));
                throw new ImportRefusedException("import.refused.tooManyRejected",
                        String.valueOf(RowBatcher.MAX_REJECTED_ROWS));
            }
        }

        private void progress() {
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                progressTransaction.executeWithoutResult(s -> importLog.progress(importId, "READING", in.count(), read,
                        rejected.size()));
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, Stored> stored = new HashMap<>();
            jdbc.query("select identifier, id, digest, reporting_org_ref, last_updated from interchange_iati_activity "
                    + "where identifier = any(?)", (RowCallbackHandler) rs -> stored.put(rs.getString(1),
                            new Stored(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5))),
                    (Object) batch.stream().map(Activity::identifier).toArray(String[]::new));
            List<Activity> inserts = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            List<Long> deletes = new ArrayList<>();
            for (Activity a : batch) {
                String digest = digest(a);
                Stored s = stored.get(a.identifier());
                if (s == null) {
                    inserts.add(a);
                    digests.add(digest);
                    added++;
                } else if (!s.publisher().equals(a.reportingOrgRef())) {
                    reject(a.line(), a.path() + "/reporting-org/@ref", "import.rejected.iati.otherPublisher",
                            s.publisher());
                } else if (s.digest().equals(digest)) {
                    unchanged++;
                } else if (s.lastUpdated() != null && a.lastUpdated() != null
                        && a.lastUpdated().toInstant().isBefore(s.lastUpdated().toInstant())) {
                    reject(a.line(), a.path() + "/@last-updated-datetime", "import.rejected.iati.older",
                            s.lastUpdated().toInstant().toString());
                } else {
                    deletes.add(s.id());
                    inserts.add(a);
                    digests.add(digest);
                    replaced++;
                }
            }
            if (!deletes.isEmpty()) {
                jdbc.update("delete from interchange_iati_activity where id = any(?)",
                        (Object) deletes.toArray(Long[]::new));
            }
            insert(inserts, digests);
            batch.clear();
        }

        private void insert(List<Activity> activities, List<String> digests) {
            if (activities.isEmpty()) {
                return;
            }
            List<Long> ids = ids("interchange_iati_activity_id_seq", activities.size());
            List<Object[]> activityRows = new ArrayList<>();
            List<Object[]> transactionRows = new ArrayList<>();
            List<Object[]> budgetRows = new ArrayList<>();
            List<Indicator> indicators = new ArrayList<>();
            List<Long> indicatorActivity = new ArrayList<>();
            List<Integer> indicatorPosition = new ArrayList<>();
            for (int i = 0; i < activities.size(); i++) {
                Activity a = activities.get(i);
                long id = ids.get(i);
                activityRows.add(new Object[] {id, a.identifier(), a.reportingOrgRef(), a.reportingOrgName(), version,
                        a.title(), a.recipientCountry(), a.status(), date(a.plannedStart()), date(a.actualStart()),
                        date(a.plannedEnd()), date(a.actualEnd()), a.defaultCurrency(),
                        a.lastUpdated() == null ? null : Timestamp.from(a.lastUpdated().toInstant()), digests.get(i),
                        a.line(), importId});
                int position = 0;
                for (Transaction t : a.transactions()) {
                    transactionRows.add(new Object[] {id, ++position, t.ref(), t.typeCode(), t.value(), t.currency(),
                            date(t.valueDate()), date(t.transactionDate())});
                }
                position = 0;
                for (Budget b : a.budgets()) {
                    budgetRows.add(new Object[] {id, ++position, b.typeCode(), b.statusCode(), date(b.periodStart()),
                            date(b.periodEnd()), b.value(), b.currency(), date(b.valueDate())});
                }
                Map<Integer, Integer> perResult = new HashMap<>();
                for (Indicator indicator : a.indicators()) {
                    indicators.add(indicator);
                    indicatorActivity.add(id);
                    indicatorPosition.add(perResult.merge(indicator.resultPosition(), 1, Integer::sum));
                }
            }
            jdbc.batchUpdate("""
                    insert into interchange_iati_activity (id, identifier, reporting_org_ref, reporting_org_name,
                        iati_version, title, recipient_country, activity_status, planned_start, actual_start,
                        planned_end, actual_end, default_currency, last_updated, digest, source_line, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", activityRows);
            jdbc.batchUpdate("""
                    insert into interchange_iati_transaction (activity_id, position, ref, type_code, value, currency,
                        value_date, transaction_date) values (?, ?, ?, ?, ?, ?, ?, ?)""", transactionRows);
            jdbc.batchUpdate("""
                    insert into interchange_iati_budget (activity_id, position, type_code, status_code, period_start,
                        period_end, value, currency, value_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", budgetRows);
            if (indicators.isEmpty()) {
                return;
            }
            List<Long> indicatorIds = ids("interchange_iati_indicator_id_seq", indicators.size());
            List<Object[]> indicatorRows = new ArrayList<>();
            List<Object[]> periodRows = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator n = indicators.get(i);
                long id = indicatorIds.get(i);
                indicatorRows.add(new Object[] {id, indicatorActivity.get(i), n.resultPosition(), indicatorPosition.get(i),
                        n.resultType(), n.resultTitle(), n.measure(), n.title(), n.baselineYear(), n.baselineValue()});
                int position = 0;
                for (Period p : n.periods()) {
                    periodRows.add(new Object[] {id, ++position, date(p.start()), date(p.end()), p.target(), p.actual()});
                }
            }
            jdbc.batchUpdate("""
                    insert into interchange_iati_indicator (id, activity_id, result_position, position, result_type,
                        result_title, measure, title, baseline_year, baseline_value)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicatorRows);
            jdbc.batchUpdate("""
                    insert into interchange_iati_indicator_period (indicator_id, position, period_start, period_end,
                        target_value, actual_value) values (?, ?, ?, ?, ?, ?)""", periodRows);
        }

        private List<Long> ids(String sequence, int count) {
            return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
        }
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** What makes two versions of an activity the same: everything stored, not where it stood in its file. */
    static String digest(Activity a) {
        Activity content = new Activity(0, "", a.identifier(), a.reportingOrgRef(), a.reportingOrgName(), a.title(),
                a.recipientCountry(), a.status(), a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd(),
                a.defaultCurrency(), a.lastUpdated() == null ? null : a.lastUpdated().toInstant().atOffset(
                        java.time.ZoneOffset.UTC), a.transactions(), a.budgets(), a.indicators());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
