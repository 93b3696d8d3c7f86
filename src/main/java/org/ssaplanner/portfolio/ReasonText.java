package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line a recommendation is shown with, every factor the rules weigh and its value, then the rule's result:
 * “priority 1, performance off track, risk low, competitors' share 62% rising, country tier 1 → revamp (High stakes,
 * not working)”. Kept with the recommendation, so that it reads the same wherever it is shown.
 */
public final class ReasonText {

    private ReasonText() {
    }

    public static String of(RecommendationRule.Factors f, RecommendationRule rule) {
        List<String> parts = new ArrayList<>();
        parts.add(f.priority() == null ? "priority not set" : "priority " + f.priority());
        parts.add("performance " + words(f.performance().name()));
        parts.add("risk " + words(f.risk().name()));
        if (f.competitorShare() == null) {
            parts.add("competitors' share unknown");
        } else {
            String trend = f.competitorRising() == null ? "" : f.competitorRising() ? " rising" : " not rising";
            parts.add("competitors' share " + f.competitorShare().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%"
                    + trend);
        }
        parts.add(f.countryTier() == null ? "country tier not set" : "country tier " + f.countryTier());
        String result = rule == null ? "no rule applies: decide by hand"
                : words(rule.recommendation().name()) + " (" + rule.name() + ")";
        return String.join(", ", parts) + " → " + result;
    }

    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String percent(BigDecimal share) {
        return share == null ? "—" : share.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
