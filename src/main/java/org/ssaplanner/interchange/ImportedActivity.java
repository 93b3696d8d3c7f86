package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One published activity (all its rows for a country): what a planner needs to pre-fill a program, with the
 * link back to the source rows. {@code agencyId} is the mapped SSA Planner agency (bureau first, then the
 * managing agency), {@code authorityShortName} the authority known for the funding account, if any.
 */
public record ImportedActivity(String countryCode, String activityId, String name, String managingAgency,
        String bureau, Long agencyId, List<String> fundingAccounts, String authorityShortName, String purposeCode,
        String purposeName, String usSector, String capabilityDomainCode, Map<String, BigDecimal> obligationsByFiscalYear,
        BigDecimal obligations, BigDecimal disbursements, String firstFiscalYear, String lastFiscalYear,
        List<Long> sourceRowIds) {
}
