package org.ssaplanner.portfolio;

import java.math.BigDecimal;

/**
 * When the portfolio calls competition high: the strategic competitors delivered at least {@value #HIGH_SHARE}% of a
 * partner country's arms (TIV) in the register's last 10 years, the share the seeded rule “Contested partner, mixed
 * results” starts from. Rising: their share in the last 5 years is above the 5 before.
 */
public final class CompetitionLevel {

    public static final int HIGH_SHARE = 25;

    private CompetitionLevel() {
    }

    public static boolean high(BigDecimal competitorsShare) {
        return competitorsShare != null && competitorsShare.compareTo(BigDecimal.valueOf(HIGH_SHARE)) >= 0;
    }
}
