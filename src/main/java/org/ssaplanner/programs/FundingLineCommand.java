package org.ssaplanner.programs;

import java.math.BigDecimal;

public record FundingLineCommand(int fiscalYear, String fundingAccount, BigDecimal requested, BigDecimal allocated,
        BigDecimal obligated, BigDecimal disbursed) {
}
