package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every area with imported data, in sections: countries (ISO and Kosovo), former states and territories, parts of
 * countries published separately, regions and the world (amounts attributed to them as a whole, never the sum of
 * their countries), and codes SSA Planner does not know. Amounts over all published fiscal years, per transaction
 * type: {@code activityTypes} of the activity-level rows, {@code summaryTypes} of the country summary.
 */
public record CountryIndex(List<TransactionType> activityTypes, List<TransactionType> summaryTypes, List<Entry> countries,
        List<Entry> formerStates, List<Entry> areas, List<Entry> regions, List<Entry> unclassified) {

    public boolean empty() {
        return countries.isEmpty() && formerStates.isEmpty() && areas.isEmpty() && regions.isEmpty()
                && unclassified.isEmpty();
    }

    /** The same index with the entries of every section in this order. */
    public CountryIndex sortedBy(Comparator<Entry> order) {
        return new CountryIndex(activityTypes, summaryTypes, sorted(countries, order), sorted(formerStates, order),
                sorted(areas, order), sorted(regions, order), sorted(unclassified, order));
    }

    private static List<Entry> sorted(List<Entry> entries, Comparator<Entry> order) {
        return entries.stream().sorted(order).toList();
    }

    /** One area: its activity rows and its amounts by transaction type id, of each source. */
    public record Entry(Area area, long activityRows, Map<String, BigDecimal> activityAmounts,
            Map<String, BigDecimal> summaryAmounts) {

        public Entry {
            activityAmounts = Map.copyOf(activityAmounts);
            summaryAmounts = Map.copyOf(summaryAmounts);
        }

        public BigDecimal activity(String transactionTypeId) {
            return activityAmounts.get(transactionTypeId);
        }

        public BigDecimal summary(String transactionTypeId) {
            return summaryAmounts.get(transactionTypeId);
        }
    }
}
