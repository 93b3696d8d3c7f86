package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Per group of a file ({@link FileGroups}): how many of its rows, and how much money, the import found stored already
 * (unchanged) and stored itself (new rows), summed by the writing side as it sorts each batch. Exact (BigDecimal).
 */
final class GroupSums {

    private long[] matchedRows = new long[64];
    private long[] newRows = new long[64];
    private BigDecimal[] matchedAmounts = new BigDecimal[64];
    private BigDecimal[] newAmounts = new BigDecimal[64];

    void add(int group, BigDecimal amount, boolean matched) {
        ensure(group);
        if (matched) {
            matchedRows[group]++;
            matchedAmounts[group] = matchedAmounts[group] == null ? amount : matchedAmounts[group].add(amount);
        } else {
            newRows[group]++;
            newAmounts[group] = newAmounts[group] == null ? amount : newAmounts[group].add(amount);
        }
    }

    long matchedRows(int group) {
        return group < matchedRows.length ? matchedRows[group] : 0;
    }

    long newRows(int group) {
        return group < newRows.length ? newRows[group] : 0;
    }

    BigDecimal matchedAmount(int group) {
        return group < matchedAmounts.length && matchedAmounts[group] != null ? matchedAmounts[group] : BigDecimal.ZERO;
    }

    BigDecimal newAmount(int group) {
        return group < newAmounts.length && newAmounts[group] != null ? newAmounts[group] : BigDecimal.ZERO;
    }

    private void ensure(int group) {
        if (group >= matchedRows.length) {
            int capacity = Math.max(group + 1, matchedRows.length * 2);
            matchedRows = Arrays.copyOf(matchedRows, capacity);
            newRows = Arrays.copyOf(newRows, capacity);
            matchedAmounts = Arrays.copyOf(matchedAmounts, capacity);
            newAmounts = Arrays.copyOf(newAmounts, capacity);
        }
    }
}
