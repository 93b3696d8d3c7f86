package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.postgresql.util.ByteConverter;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.ImportScope;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;

/**
 * The reading side of an import, run on its own thread so that parsing and checking (Java) overlap with
 * writing (PostgreSQL): reads the file row by row, rejects bad rows and in-file duplicates (same natural key:
 * "duplicate of line n", the first occurrence is kept), computes each row's natural and content keys, encodes
 * accepted rows as binary COPY tuples, and hands them over in batches through a small bounded queue. Also
 * collects the file's scope and the managing agencies and bureaus named in the file.
 */
final class RowBatcher implements Runnable {

    /** Rejected rows are listed one by one; a file with more than this many is not what it claims to be. */
    static final int MAX_REJECTED_ROWS = 50_000;
    private static final int ROWS_PER_BATCH = 4_000;
    static final int FIRST_REJECTIONS_KEPT = 100;

    /** What the reading thread hands over: a batch, the end of the file, or why reading stopped. */
    record Handoff(RowBatch batch, RuntimeException failure) {
    }

    private final ForeignAssistanceCsv csv;
    private final long importId;
    private final int currentAmount;
    private final int constantAmount;
    private final int countryColumn;
    /** -1 for the country summary, which has no activities. */
    private final int activityColumn;
    private final LongSupplier bytesRead;
    private final NaturalKeys keys;
    private final SeenKeys seen = new SeenKeys();
    private final BlockingQueue<Handoff> queue = new ArrayBlockingQueue<>(3);
    private final int[] agencyColumns;
    private final Map<AgencyMappings.Source, String> agencies = new HashMap<>();
    private final byte[][] utf8;
    /** The values the content key digests: as utf8, but amounts in their numeric(19,2) text. */
    private final byte[][] content;
    private final ScopeCollector scope;
    private final FileGroups groups;
    /** The current-dollar amount of the row being encoded. */
    private BigDecimal currentValue;
    private volatile boolean cancelled;
    private RowBatch batch = new RowBatch();
    private List<RejectedRow> rejections = new ArrayList<>();
    /** The first rejected rows, kept for the log of an import that stops (its transaction keeps none). */
    private final List<RejectedRow> firstRejections = new ArrayList<>();
    private volatile long rows;
    private volatile long rejected;

    RowBatcher(ForeignAssistanceCsv csv, long importId, LongSupplier bytesRead) {
        ImportFormat format = csv.format();
        this.csv = csv;
        this.importId = importId;
        this.currentAmount = format.currentAmountIndex();
        this.constantAmount = format.constantAmountIndex();
        this.countryColumn = format.countryCodeIndex();
        this.activityColumn = format.columns().indexOf("activity_id");
        this.utf8 = new byte[format.columnCount()][];
        this.content = new byte[format.columnCount()][];
        this.scope = new ScopeCollector(format);
        this.groups = new FileGroups(format);
        this.bytesRead = bytesRead;
        this.keys = new NaturalKeys(format);
        this.agencyColumns = format == ImportFormat.COMPLETE
                ? new int[] {format.indexOf("managing_agency_acronym"), format.indexOf("managing_agency_name"),
                        format.indexOf("managing_subagency_acronym"), format.indexOf("managing_subagency_name")}
                : null;
    }

    @Override
    public void run() {
        Handoff last;
        try {
            csv.readRows(new ForeignAssistanceCsv.RowHandler() {
                @Override
                public void accepted(long lineNumber, String[] values) {
                    accept(lineNumber, values);
                }

                @Override
                public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
                    rows++;
                    reject(new RejectedRow(lineNumber, reasonKey, reasonArgs, excerpt));
                }
            });
            handOver(new Handoff(close(), null));
            last = new Handoff(null, null);
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException e) {
            last = new Handoff(null, e);
        } catch (Error e) {
            // the writing side waits on this thread: it must always hear how reading ended (e.g. out of memory)
            last = new Handoff(null, new IllegalStateException("Reading the file failed", e));
        }
        try {
            handOver(last);
        } catch (CancellationException e) {
            // the writing side has given up already
        }
    }

    /** The next batch, or null at the end of the file; rethrows what stopped the reading thread. */
    RowBatch next() throws InterruptedException {
        Handoff handoff = queue.take();
        if (handoff.failure() != null) {
            throw handoff.failure();
        }
        return handoff.batch();
    }

    /** Stops the reading thread (when writing failed). */
    void cancel() {
        cancelled = true;
        queue.clear();
    }

    /** The scope of the file; complete once {@link #next()} returned null. */
    ImportScope scope() {
        return scope.scope();
    }

    /** The (country, fiscal year, transaction type) groups of the file, by the number each row carries. */
    List<FileGroups.Group> groups() {
        return groups.groups();
    }

    /** Rows read so far (accepted and rejected), also after reading stopped. */
    long rowsRead() {
        return rows;
    }

    /** Rows rejected so far, also after reading stopped. */
    long rowsRejected() {
        return rejected;
    }

    /** The managing agencies (parent "") and bureaus named in the file; complete once {@link #next()} returned null. */
    Collection<AgencyMappings.NamedSource> agencies() {
        return agencies.entrySet().stream().map(e -> e.getKey().named(e.getValue())).toList();
    }

    private void accept(long lineNumber, String[] values) {
        rows++;
        for (int i = 0; i < values.length; i++) {
            utf8[i] = values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8);
            content[i] = utf8[i];
        }
        keys.digest(utf8);
        long first = seen.firstLine(keys.high(), keys.low(), lineNumber);
        if (first != 0) {
            reject(new RejectedRow(lineNumber, "import.rejected.duplicate", List.of(String.valueOf(first)), null));
            return;
        }
        byte[] constant = amount(values, constantAmount);
        byte[] current = amount(values, currentAmount);
        BigDecimal currentAmountValue = currentValue;
        keys.digestContent(content);
        batch.startRow(values.length + 5);
        batch.putUuidField(keys.high(), keys.low());
        batch.putUuidField(keys.contentHigh(), keys.contentLow());
        batch.putBigintField(lineNumber);
        for (int i = 0; i < values.length; i++) {
            if (i == currentAmount) {
                batch.putField(current);
            } else if (i == constantAmount) {
                batch.putField(constant);
            } else {
                batch.putField(utf8[i]);
            }
        }
        batch.putBigintField(importId);
        batch.putBigintField(importId);
        scope.add(values);
        String activity = activityColumn < 0 ? null : values[activityColumn];
        batch.endRow(keys.contentHigh(), keys.contentLow(), values[countryColumn], activity == null ? "" : activity,
                groups.of(values), currentAmountValue);
        if (agencyColumns != null) {
            collectAgency(values);
        }
        if (batch.rows() >= ROWS_PER_BATCH) {
            handOver(new Handoff(close(), null));
        }
    }

    /**
     * A checked amount (at most 17 digits and 2 decimals, exact; null stays NULL) as binary numeric for COPY; its
     * numeric(19,2) text ("8500000.00", as PostgreSQL writes it) goes into the values the content key digests.
     */
    private byte[] amount(String[] values, int column) {
        if (values[column] == null) {
            currentValue = null;
            return null;
        }
        BigDecimal amount = new BigDecimal(values[column]);
        currentValue = amount;
        content[column] = amount.setScale(2).toPlainString().getBytes(StandardCharsets.US_ASCII);
        return ByteConverter.numeric(amount);
    }

    private void collectAgency(String[] values) {
        String agency = values[agencyColumns[0]];
        if (agency == null) {
            return;
        }
        remember(new AgencyMappings.Source("", agency), values[agencyColumns[1]]);
        String bureau = values[agencyColumns[2]];
        if (bureau != null) {
            remember(new AgencyMappings.Source(agency, bureau), values[agencyColumns[3]]);
        }
    }

    /** Keeps the alphabetically first published name of each agency (null while none was published). */
    private void remember(AgencyMappings.Source source, String name) {
        String known = agencies.get(source);
        if (!agencies.containsKey(source) || (name != null && (known == null || name.compareTo(known) < 0))) {
            agencies.put(source, name);
        }
    }

    private void reject(RejectedRow row) {
        rejected++;
        if (rejected > MAX_REJECTED_ROWS) {
            throw new ImportRefusedException("import.refused.tooManyRejected", String.valueOf(MAX_REJECTED_ROWS));
        }
        rejections.add(row);
        if (firstRejections.size() < FIRST_REJECTIONS_KEPT) {
            firstRejections.add(row);
        }
    }

    /** The first rejected rows (at most {@value #FIRST_REJECTIONS_KEPT}); read after the reading thread ended. */
    List<RejectedRow> firstRejections() {
        return List.copyOf(firstRejections);
    }

    private RowBatch close() {
        RowBatch full = batch;
        full.close(rejections, rows, rejected, bytesRead.getAsLong());
        batch = new RowBatch();
        rejections = new ArrayList<>();
        return full;
    }

    private void handOver(Handoff handoff) {
        try {
            while (!queue.offer(handoff, 200, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new CancellationException();
                }
            }
            if (cancelled) {
                throw new CancellationException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
