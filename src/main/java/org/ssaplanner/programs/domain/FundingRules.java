package org.ssaplanner.programs.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.shared.FieldValidationException.Violation;

/**
 * Checks of a funding line: fiscal year within the plan's span, no negative amounts, and
 * disbursed <= obligated <= allocated (money cannot be paid out before it is obligated, nor obligated
 * beyond what was allocated).
 */
public final class FundingRules {

    private FundingRules() {
    }

    public static List<Violation> check(FundingLineCommand line, int planStartFiscalYear, int planEndFiscalYear) {
        List<Violation> violations = new ArrayList<>();
        if (line.fiscalYear() < planStartFiscalYear || line.fiscalYear() > planEndFiscalYear) {
            violations.add(new Violation("fiscalYear", "funding.fiscalYear.outOfSpan"));
        }
        if (line.fundingAccount() == null || line.fundingAccount().isBlank()) {
            violations.add(new Violation("fundingAccount", "funding.account.required"));
        }
        boolean negative = false;
        negative |= negative(line.requested(), "requested", violations);
        negative |= negative(line.allocated(), "allocated", violations);
        negative |= negative(line.obligated(), "obligated", violations);
        negative |= negative(line.disbursed(), "disbursed", violations);
        if (!negative) {
            if (amount(line.obligated()).compareTo(amount(line.allocated())) > 0) {
                violations.add(new Violation("obligated", "funding.obligated.exceedsAllocated"));
            }
            if (amount(line.disbursed()).compareTo(amount(line.obligated())) > 0) {
                violations.add(new Violation("disbursed", "funding.disbursed.exceedsObligated"));
            }
        }
        return violations;
    }

    static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean negative(BigDecimal value, String field, List<Violation> violations) {
        if (value != null && value.signum() < 0) {
            violations.add(new Violation(field, "funding.amount.negative"));
            return true;
        }
        return false;
    }
}
