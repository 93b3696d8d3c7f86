package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.ssaplanner.interchange.RejectedRow;

/**
 * A batch of checked rows on their way from the reading thread to the database. Each accepted row is already
 * encoded as one tuple of PostgreSQL's binary COPY format ({@code natural_key, content_key, source_line,
 * <published columns>, first_import_id, last_import_id}): binary, because PostgreSQL then skips parsing CSV text,
 * which the import benchmark measured at about a fifth of its time. Kept per row: where its tuple ends, its
 * content key, and its country and activity (the columns of the index that finds a stored row by its content
 * key). Also carries the rows rejected since the previous batch and the counts so far.
 */
final class RowBatch {

    /** Binary COPY: signature, flags (none) and header extension length (none). */
    static final byte[] COPY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** Binary COPY: a field count of -1 ends the data. */
    static final byte[] COPY_TRAILER = {(byte) 0xff, (byte) 0xff};

    private byte[] data = new byte[3 << 20];
    private int length;
    private int[] ends = new int[1024];
    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private String[] countries = new String[1024];
    private String[] activities = new String[1024];
    private int[] groups = new int[1024];
    private BigDecimal[] amounts = new BigDecimal[1024];
    private int rows;
    private List<RejectedRow> rejections = List.of();
    private long rowsRead;
    private long rowsRejected;
    private long bytesRead;

    void startRow(int fields) {
        ensure(2);
        data[length++] = (byte) (fields >>> 8);
        data[length++] = (byte) fields;
    }

    /** A field of any type sent as its binary value; null is SQL NULL. */
    void putField(byte[] value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        putInt(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, data, length, value.length);
        length += value.length;
    }

    void putBigintField(long value) {
        putInt(8);
        putLong(value);
    }

    void putUuidField(long high, long low) {
        putInt(16);
        putLong(high);
        putLong(low);
    }

    /**
     * Ends the row written since the previous one; high and low are its content key, group its (country, fiscal
     * year, transaction type) group in the file ({@link RowBatcher#groups()}) and amount its current-dollar amount.
     */
    void endRow(long high, long low, String country, String activity, int group, BigDecimal amount) {
        if (rows == ends.length) {
            int capacity = rows * 2;
            ends = Arrays.copyOf(ends, capacity);
            highs = Arrays.copyOf(highs, capacity);
            lows = Arrays.copyOf(lows, capacity);
            countries = Arrays.copyOf(countries, capacity);
            activities = Arrays.copyOf(activities, capacity);
            groups = Arrays.copyOf(groups, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
        }
        ends[rows] = length;
        highs[rows] = high;
        lows[rows] = low;
        countries[rows] = country;
        activities[rows] = activity;
        groups[rows] = group;
        amounts[rows] = amount;
        rows++;
    }

    /** Ends a row that belongs to no group (tests of the encoding). */
    void endRow(long high, long low, String country, String activity) {
        endRow(high, low, country, activity, 0, BigDecimal.ZERO);
    }

    int group(int row) {
        return groups[row];
    }

    BigDecimal amount(int row) {
        return amounts[row];
    }

    private void putInt(int value) {
        ensure(4);
        data[length++] = (byte) (value >>> 24);
        data[length++] = (byte) (value >>> 16);
        data[length++] = (byte) (value >>> 8);
        data[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (length + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + more));
        }
    }

    void close(List<RejectedRow> rejections, long rowsRead, long rowsRejected, long bytesRead) {
        this.rejections = List.copyOf(rejections);
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
        this.bytesRead = bytesRead;
    }

    int rows() {
        return rows;
    }

    int bytes() {
        return length;
    }

    byte[] data() {
        return data;
    }

    int start(int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    int end(int row) {
        return ends[row];
    }

    long high(int row) {
        return highs[row];
    }

    long low(int row) {
        return lows[row];
    }

    String country(int row) {
        return countries[row];
    }

    /** The row's activity id, "" when it has none (as the key index stores it). */
    String activity(int row) {
        return activities[row];
    }

    List<RejectedRow> rejections() {
        return rejections;
    }

    long rowsRead() {
        return rowsRead;
    }

    long rowsRejected() {
        return rowsRejected;
    }

    long bytesRead() {
        return bytesRead;
    }
}
