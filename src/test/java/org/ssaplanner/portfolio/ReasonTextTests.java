package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ssaplanner.portfolio.RecommendationRule.Factors;

class ReasonTextTests {

    @Test
    void everyFactorAndItsValueThenTheResult() {
        Factors factors = new Factors(1, Performance.OFF_TRACK, RiskLevel.LOW, new BigDecimal("61.7"), true, 1);
        RecommendationRule rule = RecommendationRule.first(SeedRules.all(), factors).orElseThrow();

        assertThat(ReasonText.of(factors, rule)).isEqualTo("priority 1, performance off track, risk low,"
                + " competitors' share 62% rising, country tier 1 → revamp (High stakes, not working)");
    }

    @Test
    void missingValuesAreSaidSo() {
        Factors factors = new Factors(null, Performance.UNKNOWN, RiskLevel.HIGH, null, null, null);

        assertThat(ReasonText.of(factors, null)).isEqualTo("priority not set, performance unknown, risk high,"
                + " competitors' share unknown, country tier not set → no rule applies: decide by hand");
    }
}
