package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ssaplanner.portfolio.RiskRules.Facts;

class RiskRulesTests {

    private static final Facts CLEAN = new Facts(0, 0, 0, "HIGH", Sustainment.PLANNED, false, new BigDecimal("0.3"), 0);

    private static Facts with(int blocking, int warnings, int incidents, String capacity, Sustainment sustainment,
            boolean sunset, String governance, Integer conflict) {
        return new Facts(blocking, warnings, incidents, capacity, sustainment, sunset,
                governance == null ? null : new BigDecimal(governance), conflict);
    }

    @Test
    void nothingWrongIsLowRisk() {
        assertThat(RiskRules.assess(CLEAN)).isEqualTo(new RiskRules.Result(RiskLevel.LOW, 0));
        assertThat(RiskRules.assess(with(0, 0, 0, null, Sustainment.PLANNED, false, null, null)).level())
                .as("no context data scores nothing").isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aBlockingFindingOrACredibleIncidentIsHighAtOnce() {
        assertThat(RiskRules.assess(with(1, 0, 0, "HIGH", Sustainment.PLANNED, false, "0.3", 0)).level())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(RiskRules.assess(with(0, 0, 2, "HIGH", Sustainment.PLANNED, false, "0.3", 0)).level())
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void eachOtherFactorScoresAPoint() {
        assertThat(RiskRules.assess(with(0, 3, 0, "HIGH", Sustainment.PLANNED, false, "0.3", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "LOW", Sustainment.PLANNED, false, "0.3", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.MISSING, false, "0.3", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.UNFUNDED, false, "0.3", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, true, "0.3", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, false, "-0.51", 0)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, false, "-0.5", 0)).points())
                .as("the threshold itself is not weak").isZero();
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, false, "0.3", 1)).points()).isEqualTo(1);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, false, "0.3", 2)).points())
                .as("war scores two").isEqualTo(2);
        assertThat(RiskRules.assess(with(0, 0, 0, "MEDIUM", Sustainment.PLANNED, false, "0.3", 0)).points())
                .as("medium capacity is no risk").isZero();
    }

    @Test
    void pointsAddUpToMediumAndHigh() {
        assertThat(RiskRules.assess(with(0, 1, 0, "LOW", Sustainment.PLANNED, false, "0.3", 0)).level())
                .isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskRules.assess(with(0, 1, 0, "LOW", Sustainment.MISSING, false, "0.3", 0)).level())
                .isEqualTo(RiskLevel.HIGH);
        assertThat(RiskRules.assess(with(0, 0, 0, "HIGH", Sustainment.PLANNED, false, "-1.2", 2)).level())
                .as("weak governance at war").isEqualTo(RiskLevel.HIGH);
    }
}
