package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * What an import changed in one country, fiscal year and transaction type (amounts of different transaction types
 * are never added together): rows and current-dollar amounts before and after, and how the rows changed. A row
 * "changed" kept its identifying columns (new amount or texts); a row "reclassified" is an old and a new row of the
 * same activity, fiscal year and transaction type that differ in a classifying column (purpose, sector, partner,
 * bureau, account, objective, ...).
 */
public record ImportChange(String countryCode, String countryLabel, String fiscalYear, String transactionTypeId,
        String transactionTypeName, long rowsBefore, long rowsAfter, long rowsAdded, long rowsRemoved, long rowsChanged,
        long rowsReclassified, BigDecimal amountBefore, BigDecimal amountAfter) {

    public BigDecimal amountChange() {
        return amountAfter.subtract(amountBefore);
    }

    public String shownCountry() {
        return countryLabel == null || countryLabel.isBlank() ? countryCode : countryLabel;
    }

    public String shownTransactionType() {
        return transactionTypeName == null || transactionTypeName.isBlank() ? transactionTypeId : transactionTypeName;
    }
}
