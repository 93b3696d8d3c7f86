package org.ssaplanner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.shared.FieldValidationException.Violation;

class FundingRulesTests {

    private static FundingLineCommand line(int year, String requested, String allocated, String obligated,
            String disbursed) {
        return new FundingLineCommand(year, "INCLE", new BigDecimal(requested), new BigDecimal(allocated),
                new BigDecimal(obligated), new BigDecimal(disbursed));
    }

    @Test
    void aConsistentLineWithinTheSpanPasses() {
        assertThat(FundingRules.check(line(2027, "100", "100", "80", "80"), 2027, 2029)).isEmpty();
        assertThat(FundingRules.check(line(2029, "0", "0", "0", "0"), 2027, 2029)).isEmpty();
    }

    @Test
    void fiscalYearOutsideThePlanSpanIsRefused() {
        assertThat(FundingRules.check(line(2026, "1", "1", "1", "1"), 2027, 2029))
                .containsExactly(new Violation("fiscalYear", "funding.fiscalYear.outOfSpan"));
        assertThat(FundingRules.check(line(2030, "1", "1", "1", "1"), 2027, 2029))
                .containsExactly(new Violation("fiscalYear", "funding.fiscalYear.outOfSpan"));
    }

    @Test
    void obligatedAboveAllocatedAndDisbursedAboveObligatedAreRefused() {
        assertThat(FundingRules.check(line(2027, "100", "50", "60", "10"), 2027, 2029))
                .containsExactly(new Violation("obligated", "funding.obligated.exceedsAllocated"));
        assertThat(FundingRules.check(line(2027, "100", "50", "40", "40.01"), 2027, 2029))
                .containsExactly(new Violation("disbursed", "funding.disbursed.exceedsObligated"));
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThat(FundingRules.check(line(2027, "-1", "0", "0", "-0.01"), 2027, 2029)).containsExactly(
                new Violation("requested", "funding.amount.negative"),
                new Violation("disbursed", "funding.amount.negative"));
    }

    @Test
    void aMissingAccountIsRefused() {
        assertThat(FundingRules.check(new FundingLineCommand(2027, " ", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE), 2027, 2029)).containsExactly(new Violation("fundingAccount", "funding.account.required"));
    }
}
