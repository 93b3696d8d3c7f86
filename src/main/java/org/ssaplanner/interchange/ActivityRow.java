package org.ssaplanner.interchange;

import java.math.BigDecimal;

/** A line of the imported-activities list: one activity with its totals over the filtered rows. */
public record ActivityRow(String activityId, String name, String managingAgency, String bureau, String accounts,
        String firstFiscalYear, String lastFiscalYear, BigDecimal obligations, BigDecimal disbursements, long rows) {
}
