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

    private byte[] data = new byte[1 << 20];
    private int length;
    private int[] ends = new int[1024];
    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private int rows;
    private List<RejectedRow> rejections = List.of();
    private long rowsRead;
    private long rowsRejected;
    private long bytesRead;

    void add(byte[] line, long high, long low) {
        if (length + line.length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + line.length));
        }
        System.arraycopy(line, 0, data, length, line.length);
        length += line.length;
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
