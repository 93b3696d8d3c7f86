package org.ssaplanner.portfolio;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The line a recommendation is shown with, every factor the rules weigh and its value, then the rule's result:
 * “priority 1, performance off track, risk low, competitors' share 62% rising, country tier 1 → revamp (High stakes,
 * not working)”. As phrases (message codes with arguments, {@link Phrase}), the result last; kept with the
 * recommendation, so that it reads the same wherever it is shown.
 */
public final class ReasonText {

    private ReasonText() {
    }

    public static List<Phrase> of(RecommendationRule.Factors f, RecommendationRule rule) {
        List<Phrase> parts = new ArrayList<>();
        parts.add(f.priority() == null ? Phrase.of("portfolio.reason.priority.none")
                : Phrase.of("portfolio.reason.priority", f.priority()));
        parts.add(Phrase.of("portfolio.reason.performance." + f.performance().name()));
        parts.add(Phrase.of("portfolio.reason.risk." + f.risk().name()));
        if (f.competitorShare() == null) {
            parts.add(Phrase.of("portfolio.reason.competition.unknown"));
        } else {
            String share = f.competitorShare().setScale(0, RoundingMode.HALF_UP).toPlainString();
            String code = f.competitorRising() == null ? "portfolio.reason.competition"
                    : f.competitorRising() ? "portfolio.reason.competition.rising"
                            : "portfolio.reason.competition.notRising";
            parts.add(Phrase.of(code, share));
        }
        parts.add(f.countryTier() == null ? Phrase.of("portfolio.reason.tier.none")
                : Phrase.of("portfolio.reason.tier", f.countryTier()));
        parts.add(rule == null ? Phrase.of("portfolio.reason.noRule")
                : Phrase.of("portfolio.reason.result." + rule.recommendation().name(), rule.name()));
        return parts;
    }

    /** As kept in the record ({@link Phrase#encode(List)}). */
    public static String stored(RecommendationRule.Factors f, RecommendationRule rule) {
        return Phrase.encode(of(f, rule));
    }

    /** The kept line in words (the downloads): the factors apart by commas, then an arrow and the result. */
    public static String render(MessageSource messages, Locale locale, String stored) {
        List<Phrase> phrases = Phrase.decode(stored);
        if (phrases.size() < 2) {
            return Phrase.render(messages, locale, phrases, "");
        }
        return Phrase.render(messages, locale, phrases.subList(0, phrases.size() - 1), ", ") + " → "
                + Phrase.render(messages, locale, phrases.subList(phrases.size() - 1, phrases.size()), "");
    }
}
