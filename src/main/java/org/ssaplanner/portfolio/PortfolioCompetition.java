package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Across the portfolio (issue 15, section 4): the partner countries where the strategic competitors' share of arms
 * deliveries (SIPRI Arms Transfers Database, the register's last 10 years) is high or rising, against the US programs
 * there: how many, their allocated funding and what they are recommended. {@code others}: partner countries shown
 * nowhere because competition there is neither high nor rising, or unknown.
 */
public record PortfolioCompetition(List<Row> rows, int others, Integer firstYear, Integer lastYear, Instant computedAt,
        String attribution) {

    public record Row(String code, String name, String region, Integer tier, BigDecimal tiv,
            BigDecimal unitedStatesShare, BigDecimal competitorsShare, BigDecimal change5, boolean high,
            boolean rising, long programs, BigDecimal allocated, long sustain, long revamp, long cut, long experiment,
            long undecided) {
    }
}
