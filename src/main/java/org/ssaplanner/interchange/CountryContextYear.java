package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One year of a partner's context, for modules that weigh risk (the portfolio review): the six WGI estimates
 * (keys cc, ge, pv, rl, rq, va; a missing value has no key), the highest UCDP/PRIO conflict intensity located in
 * the country that year (0: none recorded in a year the data set covers; null: a year it does not cover) and the
 * SIPRI military expenditure as a share of GDP in percent (null: not published). Figures as published.
 */
public record CountryContextYear(String areaCode, int year, Map<String, BigDecimal> governanceEstimates,
        Map<String, BigDecimal> governancePercentileRanks, Integer conflictIntensity, BigDecimal militaryBurden) {

    public CountryContextYear {
        governanceEstimates = Map.copyOf(governanceEstimates);
        governancePercentileRanks = Map.copyOf(governancePercentileRanks);
    }
}
