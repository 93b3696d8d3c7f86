package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * One recipient country's arms deliveries in the register's last 10 delivery years ({@code firstYear} to
 * {@code lastYear}), from the SIPRI Arms Transfers Database: TIV (SIPRI's trend-indicator value, millions, a volume
 * indicator, never money), the United States' and the strategic competitors' shares of it (percent to one decimal),
 * and the competitors' share in the last 5 years against the 5 before (null when a span had no deliveries).
 */
public record CompetitorShares(String iso3, int firstYear, int lastYear, BigDecimal tiv, BigDecimal unitedStatesShare,
        BigDecimal competitorsShare, BigDecimal competitorsShareLast5, BigDecimal competitorsSharePrevious5) {

    /** Change of the competitors' share, last 5 years against the 5 before, in percentage points; null if unknown. */
    public BigDecimal change5() {
        return competitorsShareLast5 == null || competitorsSharePrevious5 == null ? null
                : competitorsShareLast5.subtract(competitorsSharePrevious5);
    }

    /** Whether the competitors' share rose from the 5 years before to the last 5 (null if unknown). */
    public Boolean rising() {
        BigDecimal change = change5();
        return change == null ? null : change.signum() > 0;
    }
}
