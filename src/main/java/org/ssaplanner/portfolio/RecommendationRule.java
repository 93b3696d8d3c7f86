package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of the recommendation (kept as data in {@code portfolio_rule}, edited by administrators). Every condition
 * left null holds for any value. A priority bound holds only for a program with a priority (1 highest, 5 lowest), a
 * competition condition only where competition data exists, a tier bound only for a country with a tier.
 */
public record RecommendationRule(long id, int position, String name, Recommendation recommendation, String explanation,
        Integer priorityMin, Integer priorityMax, Set<Performance> performances, Set<RiskLevel> risks,
        BigDecimal competitorShareMin, Boolean competitorRising, Integer countryTierMax, boolean enabled) {

    public RecommendationRule {
        performances = performances == null ? Set.of() : Set.copyOf(performances);
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }

    /** What the rules weigh of a program. */
    public record Factors(Integer priority, Performance performance, RiskLevel risk, BigDecimal competitorShare,
            Boolean competitorRising, Integer countryTier) {
    }

    public boolean matches(Factors f) {
        if (!enabled) {
            return false;
        }
        if ((priorityMin != null || priorityMax != null) && f.priority() == null) {
            return false;
        }
        if (priorityMin != null && f.priority() < priorityMin) {
            return false;
        }
        if (priorityMax != null && f.priority() > priorityMax) {
            return false;
        }
        if (!performances.isEmpty() && !performances.contains(f.performance())) {
            return false;
        }
        if (!risks.isEmpty() && !risks.contains(f.risk())) {
            return false;
        }
        if (competitorShareMin != null
                && (f.competitorShare() == null || f.competitorShare().compareTo(competitorShareMin) < 0)) {
            return false;
        }
        if (competitorRising != null && (f.competitorRising() == null || !competitorRising.equals(f.competitorRising()))) {
            return false;
        }
        return countryTierMax == null || f.countryTier() != null && f.countryTier() <= countryTierMax;
    }

    /** The first enabled rule, in position order, whose conditions all hold; none when no rule applies. */
    public static Optional<RecommendationRule> first(List<RecommendationRule> rules, Factors factors) {
        return rules.stream().sorted(Comparator.comparingInt(RecommendationRule::position))
                .filter(r -> r.matches(factors)).findFirst();
    }

    /**
     * The conditions, for the rules page: each a list of phrases shown one after the other apart by a space
     * (“priority 1–2”; “performance off track or mixed”), “always” when there is none.
     */
    public List<List<Phrase>> conditions() {
        List<List<Phrase>> text = new ArrayList<>();
        if (priorityMin != null || priorityMax != null) {
            int min = priorityMin == null ? 1 : priorityMin;
            int max = priorityMax == null ? 5 : priorityMax;
            text.add(List.of(min == max ? Phrase.of("portfolio.condition.priority", min)
                    : Phrase.of("portfolio.condition.priorityRange", min, max)));
        }
        if (!performances.isEmpty()) {
            text.add(either("portfolio.condition.performance", "portfolio.condition.performance.",
                    performances.stream().sorted().map(Enum::name).toList()));
        }
        if (!risks.isEmpty()) {
            text.add(either("portfolio.condition.risk", "portfolio.condition.risk.",
                    risks.stream().sorted().map(Enum::name).toList()));
        }
        if (competitorShareMin != null) {
            text.add(List.of(Phrase.of("portfolio.condition.shareAtLeast",
                    competitorShareMin.stripTrailingZeros().toPlainString())));
        }
        if (competitorRising != null) {
            text.add(List.of(Phrase.of(competitorRising ? "portfolio.condition.rising"
                    : "portfolio.condition.notRising")));
        }
        if (countryTierMax != null) {
            text.add(List.of(countryTierMax == 1 ? Phrase.of("portfolio.condition.tier1")
                    : Phrase.of("portfolio.condition.tierUpTo", countryTierMax)));
        }
        if (text.isEmpty()) {
            text.add(List.of(Phrase.of("portfolio.condition.always")));
        }
        return text;
    }

    /** “performance off track or mixed”: the factor, then its values apart by “or”. */
    private static List<Phrase> either(String factor, String valuePrefix, List<String> values) {
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(Phrase.of(factor));
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                phrases.add(Phrase.of("portfolio.condition.or"));
            }
            phrases.add(Phrase.of(valuePrefix + values.get(i)));
        }
        return phrases;
    }
}
