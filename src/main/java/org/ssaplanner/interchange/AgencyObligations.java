package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * What ForeignAssistance.gov shows an SSA Planner agency obligated in a country: the obligations (transaction type 2
 * only, never added to another type) over the fiscal years asked for, and the first and last of those years that
 * have any (null when all years were asked for).
 */
public record AgencyObligations(long agencyId, BigDecimal obligations, String firstFiscalYear, String lastFiscalYear) {
}
