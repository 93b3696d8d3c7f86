package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * The line on a country page about arms deliveries: the register's last 10 delivery years ({@code firstYear} to
 * {@code lastYear}), their TIV and the shares of the United States and of the strategic competitors (percent, null
 * when nothing was delivered); {@code lastYear} null while no register is imported.
 */
public record CompetitionHeadline(Integer firstYear, Integer lastYear, BigDecimal tiv, BigDecimal unitedStatesShare,
        BigDecimal competitorsShare, long deliveries, String attribution) {

    public boolean registerImported() {
        return lastYear != null;
    }
}
