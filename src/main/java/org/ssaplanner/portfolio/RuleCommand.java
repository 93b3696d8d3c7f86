package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.util.Set;

/** A rule as an administrator enters it; empty conditions hold for any value. */
public record RuleCommand(int position, String name, Recommendation recommendation, String explanation,
        Integer priorityMin, Integer priorityMax, Set<Performance> performances, Set<RiskLevel> risks,
        BigDecimal competitorShareMin, Boolean competitorRising, Integer countryTierMax, boolean enabled) {
}
