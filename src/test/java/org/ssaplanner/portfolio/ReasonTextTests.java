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

        assertThat(PortfolioTexts.reasons(ReasonText.stored(factors, rule))).isEqualTo("priority 1, performance off track, risk low,"
                + " competitors' share 62% rising, country tier 1 → revamp (High stakes, not working)");
    }

    @Test
    void theLineIsKeptAsMessageCodesWithTheirArguments() {
        Factors factors = new Factors(2, Performance.MIXED, RiskLevel.MEDIUM, new BigDecimal("30.4"), null, null);
        RecommendationRule rule = RecommendationRule.first(SeedRules.all(), factors).orElseThrow();

        assertThat(Phrase.decode(ReasonText.stored(factors, rule))).containsExactlyElementsOf(ReasonText.of(factors, rule))
                .first().isEqualTo(Phrase.of("portfolio.reason.priority", 2));
        assertThat(ReasonText.of(factors, rule)).extracting(Phrase::code).contains("portfolio.reason.competition")
                .last().isEqualTo("portfolio.reason.result." + rule.recommendation());
        assertThat(Phrase.decode("an old line in words")).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("an old line in words"));
    }

    @Test
    void missingValuesAreSaidSo() {
        Factors factors = new Factors(null, Performance.UNKNOWN, RiskLevel.HIGH, null, null, null);

        assertThat(PortfolioTexts.reasons(ReasonText.stored(factors, null))).isEqualTo("priority not set, performance unknown, risk high,"
                + " competitors' share unknown, country tier not set → no rule applies: decide by hand");
    }
}
