package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of {@code /portfolio}: allocated funding by objective category and by lead agency over fiscal years
 * (allocated only: other kinds of money are never added to it), and programs by priority and performance with their
 * allocated funding (the chart's bubbles).
 */
public record PortfolioDashboard(List<Integer> fiscalYears, List<FundingRow> byCategory, List<FundingRow> byAgency,
        List<Cell> priorityPerformance) {

    public record FundingRow(String label, List<BigDecimal> allocatedByYear, BigDecimal total) {
    }

    /** Programs with a priority (null: not set) and a performance, how many, their allocated funding, worst risk. */
    public record Cell(Integer priority, Performance performance, long programs, BigDecimal allocated, RiskLevel risk) {
    }
}
