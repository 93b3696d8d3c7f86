package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TivFormatTests {

    private final TivFormat tiv = new TivFormat();

    @Test
    void tivIsShownExactlyWithoutTrailingZerosAndNeverAsMoney() {
        assertThat(tiv.format(new BigDecimal("45.7900"))).isEqualTo("45.79");
        assertThat(tiv.format(new BigDecimal("20.0"))).isEqualTo("20");
        assertThat(tiv.format(new BigDecimal("872910.0100"))).isEqualTo("872,910.01");
        assertThat(tiv.format(new BigDecimal("0.0025"))).isEqualTo("0.0025");
        assertThat(tiv.format(null)).isEmpty();
    }

    @Test
    void sharesAndChangesReadAsPercentAndPercentagePoints() {
        assertThat(tiv.percent(ArmsCompetition.share(new BigDecimal("18.51"), new BigDecimal("45.79")))).isEqualTo("40.4%");
        assertThat(tiv.percent(ArmsCompetition.share(BigDecimal.ONE, BigDecimal.ZERO))).isEqualTo("—");
        assertThat(tiv.change(new BigDecimal("-3.45"))).isEqualTo("−3.5 pp");
        assertThat(tiv.change(new BigDecimal("2.0"))).isEqualTo("+2.0 pp");
        assertThat(tiv.change(BigDecimal.ZERO)).isEqualTo("0.0 pp");
        assertThat(tiv.change(null)).isEqualTo("—");
    }
}
