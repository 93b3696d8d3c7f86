package org.ssaplanner.interchange.engine;

/**
 * The natural keys of one file seen so far, each with the line it was first seen on, for the in-file duplicate
 * check. Open addressing over three primitive arrays (about 48 bytes a row at the load kept here), because a
 * {@code HashMap<UUID, Long>} would need about twice that for a file of millions of rows. The keys are MD5
 * digests, so their bits are already uniform and serve directly as the hash.
 */
final class SeenKeys {

    private long[] highs;
    private long[] lows;
    private long[] lines;
    private int mask;
    private int size;

    SeenKeys() {
        allocate(1 << 16);
    }

    /** Records the key at {@code line} (which must be positive) unless already seen; returns 0, or the first line. */
    long firstLine(long high, long low, long line) {
        int slot = (int) (high ^ (high >>> 32)) & mask;
        while (lines[slot] != 0) {
            if (highs[slot] == high && lows[slot] == low) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        highs[slot] = high;
        lows[slot] = low;
        lines[slot] = line;
        if (++size * 2 > highs.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldHighs = highs;
        long[] oldLows = lows;
        long[] oldLines = lines;
        allocate(oldHighs.length * 2);
        size = 0;
        for (int i = 0; i < oldHighs.length; i++) {
            if (oldLines[i] != 0) {
                firstLine(oldHighs[i], oldLows[i], oldLines[i]);
            }
        }
    }

    private void allocate(int capacity) {
        highs = new long[capacity];
        lows = new long[capacity];
        lines = new long[capacity];
        mask = capacity - 1;
    }
}
