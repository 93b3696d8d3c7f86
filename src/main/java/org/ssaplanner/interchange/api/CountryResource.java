package org.ssaplanner.interchange.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ssaplanner.interchange.CountryPicture;
import org.ssaplanner.interchange.TransactionType;

/**
 * A partner country's picture from the imported ForeignAssistance.gov data: amounts per transaction type (each kind
 * of money apart, never added together) by fiscal year, managing agency, funding account and sector.
 */
record CountryResource(String code, String name, List<TransactionType> transactionTypes, Breakdown overall,
        List<Breakdown> byFiscalYear, List<Breakdown> byManagingAgency, List<Breakdown> byFundingAccount,
        List<Breakdown> bySector) {

    /** One group: its key and label, what SSA Planner maps it to (or null), amounts by transaction type id. */
    record Breakdown(String key, String label, String mappedTo, Map<String, BigDecimal> amounts, long rows) {

        static Breakdown of(CountryPicture.Amounts a) {
            return new Breakdown(a.key(), a.label(), a.mappedTo(), a.amounts(), a.rows());
        }

        static List<Breakdown> of(List<CountryPicture.Amounts> all) {
            return all.stream().map(Breakdown::of).toList();
        }
    }

    static CountryResource of(CountryPicture p) {
        return new CountryResource(p.area().code(), p.area().name(), p.activityTypes(), Breakdown.of(p.overall()),
                Breakdown.of(p.byFiscalYear()), Breakdown.of(p.byManagingAgency()), Breakdown.of(p.byFundingAccount()),
                Breakdown.of(p.bySector()));
    }
}
