package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Arms deliveries to one partner country from the SIPRI Arms Transfers Database, every figure aggregated in SQL: by
 * supplier over time (the chart's series: the United States, the strategic competitors, the five largest other
 * suppliers and all the rest), each supplier's totals, the United States' and the competitors' shares in the last 5
 * and 10 years of the register against the 5 and 10 years before, and what was delivered by armament category. TIV is
 * SIPRI's trend-indicator value in millions: a volume indicator, never dollars.
 */
public record ArmsCompetition(String code, String name, ArmsRegister register, List<Integer> years, List<Series> series,
        BigDecimal total, Map<Integer, BigDecimal> byYear, List<Supplier> suppliers, List<Trend> trends, List<Window> windows, List<Category> categories,
        List<Delivery> recentDeliveries, boolean deliveriesCapped) {

    /** How a supplier counts on the page. */
    public enum Role {
        UNITED_STATES, COMPETITOR, OTHER, REST
    }

    /** One line of the chart: a supplier (or all the rest) with its TIV by delivery year. */
    public record Series(String label, String iso3, Role role, Map<Integer, BigDecimal> byYear, BigDecimal total) {

        public BigDecimal tivIn(int year) {
            return byYear.getOrDefault(year, BigDecimal.ZERO);
        }
    }

    public record Supplier(String name, String iso3, Role role, BigDecimal tiv, BigDecimal tivLast10, BigDecimal tivLast5,
            long deliveries, int firstYear, int lastYear) {
    }

    /** A span of delivery years: the last 5 or 10 years of the register or the 5 or 10 before. */
    public record Window(String key, int firstYear, int lastYear, BigDecimal total, BigDecimal unitedStates,
            BigDecimal competitors, Map<String, BigDecimal> byCompetitor) {

        public BigDecimal share(BigDecimal part) {
            return ArmsCompetition.share(part, total);
        }
    }

    /**
     * The share of a supplier (or of the competitors together) in the last 5 and 10 years against the years before;
     * shares in percent to one decimal, null when nothing was delivered in the span.
     */
    public record Trend(String label, String iso3, Role role, Figure last5, Figure previous5, Figure last10,
            Figure previous10) {

        /** Change of the share in percentage points (null when a span had no deliveries). */
        public BigDecimal change5() {
            return change(last5, previous5);
        }

        public BigDecimal change10() {
            return change(last10, previous10);
        }

        private static BigDecimal change(Figure now, Figure before) {
            return now.share() == null || before.share() == null ? null : now.share().subtract(before.share());
        }
    }

    /** TIV of a supplier in a span and its share of all deliveries in that span. */
    public record Figure(BigDecimal tiv, BigDecimal share) {
    }

    public record Category(String category, BigDecimal tiv, BigDecimal tivLast10, BigDecimal unitedStates,
            BigDecimal competitors, Long numbersDelivered, long deliveries) {
    }

    public record Delivery(int year, boolean yearEstimated, String supplier, String designation, String description,
            String category, Integer numbers, boolean numbersEstimated, BigDecimal tiv, String status, int dealId) {
    }

    /** Whether anything was delivered to the country in the register. */
    public boolean empty() {
        return suppliers.isEmpty();
    }

    public Window window(String key) {
        return windows.stream().filter(w -> w.key().equals(key)).findFirst().orElse(null);
    }

    /** Percent to one decimal (half up); null when the whole is zero. */
    public static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return (part == null ? BigDecimal.ZERO : part).multiply(BigDecimal.valueOf(100)).divide(whole, 1,
                RoundingMode.HALF_UP);
    }
}
