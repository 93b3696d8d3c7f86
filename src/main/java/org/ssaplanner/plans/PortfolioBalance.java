package org.ssaplanner.plans;

import java.math.BigDecimal;
import java.util.List;

/**
 * Funding and program count of a plan's programs per objective category (primary) and per horizon,
 * counting funding lines in the plan's fiscal years.
 */
public record PortfolioBalance(List<Row> byCategory, List<Row> byHorizon) {

    public static PortfolioBalance empty() {
        return new PortfolioBalance(List.of(), List.of());
    }

    public record Row(String key, long programs, BigDecimal requested, BigDecimal allocated, BigDecimal obligated) {
    }
}
