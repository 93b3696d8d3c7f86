package org.ssaplanner.programs;

import java.math.BigDecimal;

/** A funding line; {@code obligatedWhileBlockedBy}: the findings that blocked the program when its obligation was recorded. */
public record FundingLineView(long id, int fiscalYear, String fundingAccount, BigDecimal requested,
        BigDecimal allocated, BigDecimal obligated, BigDecimal disbursed, String obligatedWhileBlockedBy) {
}
