package org.ssaplanner.authorities.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Conditions in plain words for the restriction and authority pages (issue 13: labels, not codes). */
class ConditionWordingTests {

    private final ConditionWording wording = new ConditionWording(ConditionWordingTests::text, Map.of(
            ConditionVocabulary.RECIPIENT_TYPE, Map.of("POLICE", "Police", "CORRECTIONS", "Corrections"),
            ConditionVocabulary.AUTHORITY_SOURCE_ACT, Map.of("FAA", "Foreign Assistance Act"),
            ConditionVocabulary.CAPABILITY_DOMAIN, Map.of("COUNTERNARCOTICS", "Counternarcotics")));

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/authorities");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static String text(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, Locale.US);
    }

    @Test
    void valuesReadAsTheirLabelsAndOperatorsAsWords() {
        assertThat(wording.words("recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA"))
                .isEqualTo("the recipient type is Police or Corrections and an authority's source of funds is "
                        + "Foreign Assistance Act");
        assertThat(wording.words("capability_domain != COUNTERNARCOTICS"))
                .isEqualTo("a capability domain is not Counternarcotics");
    }

    @Test
    void flagsReadAsPhrasesAndGroupsKeepTheirParentheses() {
        assertThat(wording.words("authority.notification_required and not notification.filed"))
                .isEqualTo("an authority requires congressional notification before obligation and the "
                        + "congressional notifications are not all filed with their waiting periods run");
        assertThat(wording.words("(recipient_type = POLICE or unit.credible_hr_violation) and not (country in (CO, MX))"))
                .isEqualTo("(the recipient type is Police or the recipient unit has a credible, unremediated gross "
                        + "violation of human rights on record) and not the partner country is CO or MX");
    }

    @Test
    void aConditionThatDoesNotParseHasNoWords() {
        assertThat(wording.words("recipient_type in (")).isNull();
    }
}
