package org.ssaplanner.programs;

import java.math.BigDecimal;

public record FundingLineView(long id, int fiscalYear, String fundingAccount, BigDecimal requested,
        BigDecimal allocated, BigDecimal obligated, BigDecimal disbursed) {
}
