package org.ssaplanner.interchange.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssaplanner.programs.FundingLineView;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.MetricLevel;

class IatiCodesTests {

    private static FundingLineView line(String obligated, String disbursed) {
        return new FundingLineView(1, 2027, "INCLE", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(obligated),
                new BigDecimal(disbursed), null);
    }

    @Test
    void statusesMapToTheActivityStatusCodelistAndACompletedProgramIsClosedOnlyWhenAllIsDisbursed() {
        assertThat(IatiCodes.activityStatus(ProgramStatus.PROPOSED, List.of())).isEqualTo("1");
        assertThat(IatiCodes.activityStatus(ProgramStatus.ACTIVE, List.of())).isEqualTo("2");
        assertThat(IatiCodes.activityStatus(ProgramStatus.SUSPENDED, List.of())).isEqualTo("6");
        assertThat(IatiCodes.activityStatus(ProgramStatus.TERMINATED, List.of())).isEqualTo("5");
        assertThat(IatiCodes.activityStatus(ProgramStatus.COMPLETED, List.of(line("100", "100")))).isEqualTo("4");
        assertThat(IatiCodes.activityStatus(ProgramStatus.COMPLETED, List.of(line("100", "100"), line("100", "99.99"))))
                .isEqualTo("3");
    }

    @Test
    void inputsHaveNoResultType() {
        assertThat(IatiCodes.resultType(MetricLevel.INPUT)).isEmpty();
        assertThat(IatiCodes.resultType(MetricLevel.OUTPUT)).contains("1");
        assertThat(IatiCodes.resultType(MetricLevel.OUTCOME)).contains("2");
        assertThat(IatiCodes.resultType(MetricLevel.IMPACT)).contains("3");
    }

    @Test
    void fiscalYearsRunFromOctoberAndTransactionsAreNeverDatedInTheFuture() {
        assertThat(IatiCodes.fiscalYearStart(2027)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(IatiCodes.fiscalYearEnd(2027)).isEqualTo(LocalDate.of(2027, 9, 30));
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(IatiCodes.transactionDate(2026, today)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(IatiCodes.transactionDate(2027, today)).isEqualTo(today);
        assertThat(IatiCodes.transactionDate(2030, today)).isEqualTo(today);
    }

    @Test
    void sectorSharesAddUpToExactlyAHundredWhateverTheNumberOfCodes() {
        Map<String, String> sectorOf = Map.of("A", "15130", "B", "15210", "C", "16063", "D", "15210", "E", "15220",
                "F", "15230", "G", "15240");
        assertThat(IatiCodes.sectorShares(Set.of(), sectorOf)).containsExactly(Map.entry("15210", new BigDecimal("100.00")));
        // two domains on the same code count once
        assertThat(IatiCodes.sectorShares(Set.of("B", "D"), sectorOf)).containsOnlyKeys("15210");
        assertThat(IatiCodes.sectorShares(Set.of("A", "B", "C"), sectorOf).values()).extracting(BigDecimal::toPlainString)
                .containsExactly("33.34", "33.33", "33.33");
        for (int n = 1; n <= 6; n++) {
            Set<String> domains = Set.copyOf(List.of("A", "B", "C", "E", "F", "G").subList(0, n));
            assertThat(IatiCodes.sectorShares(domains, sectorOf).values().stream().reduce(BigDecimal.ZERO,
                    BigDecimal::add)).isEqualByComparingTo("100");
        }
        // a domain without a code of its own falls back to security system reform
        assertThat(IatiCodes.sectorShares(Set.of("UNKNOWN"), sectorOf)).containsOnlyKeys("15210");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() {
        assertThat(IatiCodes.decimal(new BigDecimal("1250000.50"))).isEqualTo("1250000.5");
        assertThat(IatiCodes.decimal(new BigDecimal("1E+6"))).isEqualTo("1000000");
        assertThat(IatiCodes.decimal(new BigDecimal("800000.00"))).isEqualTo("800000");
        assertThat(IatiCodes.decimal(new BigDecimal("0.0001"))).isEqualTo("0.0001");
    }
}
