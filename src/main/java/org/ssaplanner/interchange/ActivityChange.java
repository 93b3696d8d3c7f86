package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * What an import changed in one activity and transaction type, within its scope: an activity whose rows were removed,
 * changed or reclassified, or that got new rows next to stored ones (wholly new activities are only counted).
 */
public record ActivityChange(String countryCode, String activityId, String activityName, String transactionTypeId,
        String transactionTypeName, long rowsBefore, long rowsAfter, long rowsAdded, long rowsRemoved, long rowsChanged,
        long rowsReclassified, BigDecimal amountBefore, BigDecimal amountAfter) {

    public enum Kind {
        /** No row of the activity is left in the scope. */
        REMOVED,
        /** Rows of the activity were reclassified (and maybe also changed, added or removed). */
        RECLASSIFIED,
        CHANGED
    }

    public Kind kind() {
        if (rowsAfter == 0) {
            return Kind.REMOVED;
        }
        return rowsReclassified > 0 ? Kind.RECLASSIFIED : Kind.CHANGED;
    }

    public BigDecimal amountChange() {
        return amountAfter.subtract(amountBefore);
    }

    public String shownTransactionType() {
        return transactionTypeName == null || transactionTypeName.isBlank() ? transactionTypeId : transactionTypeName;
    }
}
