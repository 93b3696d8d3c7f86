package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.List;
import org.ssaplanner.reference.CountryRef;

/**
 * What the U.S. Government published for one partner country, aggregated in SQL. Amounts are current US
 * dollars; "total" sums every transaction type as published (obligations, disbursements, ...).
 */
public record CountryPicture(CountryRef country, List<Amounts> byFiscalYear, List<Amounts> byManagingAgency,
        List<Amounts> byAgencyAndBureau, List<Amounts> byFundingAccount, List<Amounts> bySector, List<Amounts> byUsSector,
        List<Amounts> byObjective, Amounts overall, List<Amounts> countrySummaryByFiscalYear,
        List<ActiveAgency> notParticipating, boolean participationKnown) {

    /**
     * One line of a breakdown. {@code key}/{@code label} identify the group (e.g. fiscal year; agency acronym
     * and name); {@code detailKey}/{@code detailLabel} a second level (bureau, or the US sector); {@code mappedTo}
     * what SSA Planner knows it as (agency, authority, CRS sector, capability domain), or null.
     */
    public record Amounts(String key, String label, String detailKey, String detailLabel, String mappedTo,
            BigDecimal obligations, BigDecimal disbursements, BigDecimal total, long rows) {
    }

    /** An SSA Planner agency that has published activity in the country. */
    public record ActiveAgency(long agencyId, String label, BigDecimal obligations) {
    }

    public boolean empty() {
        return overall.rows() == 0 && countrySummaryByFiscalYear.isEmpty();
    }
}
