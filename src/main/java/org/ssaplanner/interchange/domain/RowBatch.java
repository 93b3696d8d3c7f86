package org.ssaplanner.interchange.domain;

import java.util.Arrays;
import java.util.List;
import org.ssaplanner.interchange.RejectedRow;

/**
 * A batch of checked rows on their way from the reading thread to the database: each accepted row already
 * encoded as one line of COPY CSV ({@code natural_key, source_line, <published columns>, first_import_id,
 * last_import_id}), with its natural key, plus the rows rejected since the previous batch and the counts so far.
 */
final class RowBatch {

    private byte[] data = new byte[3 << 20];
    private int length;
    private int[] ends = new int[1024];
    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private int rows;
    private List<RejectedRow> rejections = List.of();
    private long rowsRead;
    private long rowsRejected;
    private long bytesRead;

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    void put(byte b) {
        ensure(1);
        data[length++] = b;
    }

    void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, data, length, bytes.length);
        length += bytes.length;
    }

    /** A CSV field: as is, or quoted (quotes doubled) when it holds a comma, quote or line break. */
    void putCsv(byte[] value) {
        boolean quote = false;
        for (int i = 0; i < value.length && !quote; i++) {
            byte b = value[i];
            quote = b == ',' || b == '"' || b == '\n' || b == '\r';
        }
        if (!quote) {
            put(value);
            return;
        }
        ensure(value.length * 2 + 2);
        data[length++] = '"';
        for (byte b : value) {
            if (b == '"') {
                data[length++] = '"';
            }
            data[length++] = b;
        }
        data[length++] = '"';
    }

    /** Sixteen lower-case hex digits. */
    void putHex(long value) {
        ensure(16);
        for (int shift = 60; shift >= 0; shift -= 4) {
            data[length++] = HEX_DIGITS[(int) (value >>> shift) & 0xf];
        }
    }

    void putDecimal(long value) {
        put(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Ends the row written since the previous one, keyed by its natural key. */
    void endRow(long high, long low) {
        if (rows == ends.length) {
            ends = Arrays.copyOf(ends, rows * 2);
            highs = Arrays.copyOf(highs, rows * 2);
            lows = Arrays.copyOf(lows, rows * 2);
        }
        ends[rows] = length;
        highs[rows] = high;
        lows[rows] = low;
        rows++;
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
