package org.ssaplanner.portfolio;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The portfolio's messages bundle, to read phrases in words in unit tests as the pages show them. */
final class PortfolioTexts {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/portfolio");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setUseCodeAsDefaultMessage(false);
    }

    private PortfolioTexts() {
    }

    /** Phrases shown one after the other, as the derivation is. */
    static String words(List<Phrase> phrases) {
        return Phrase.render(MESSAGES, Locale.ENGLISH, phrases, "");
    }

    /** A kept reason line in words. */
    static String reasons(String stored) {
        return ReasonText.render(MESSAGES, Locale.ENGLISH, stored);
    }

    /** A rule's conditions in words, each its phrases apart by spaces. */
    static List<String> conditions(RecommendationRule rule) {
        return rule.conditions().stream().map(c -> Phrase.render(MESSAGES, Locale.ENGLISH, c, " ")).toList();
    }
}
