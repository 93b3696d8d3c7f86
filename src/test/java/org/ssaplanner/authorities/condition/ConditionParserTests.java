package org.ssaplanner.authorities.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionParserTests {

    static final Map<String, Set<String>> VALUES = Map.of(
            "recipient_type", Set.of("POLICE", "CORRECTIONS", "MILITARY"),
            "authority.source_act", Set.of("FAA", "AECA", "TITLE_10", "OTHER"),
            "authority.statute", Set.of("TITLE_10", "TITLE_22"));

    /** A context from literal values and flags. */
    record Facts(Map<String, Set<String>> values, Set<String> flags) implements ConditionContext {
        @Override
        public Set<String> values(String field) {
            return values.getOrDefault(field, Set.of());
        }

        @Override
        public boolean flag(String name) {
            return flags.contains(name);
        }
    }

    static Facts facts(String recipient, Set<String> acts, String... flags) {
        Map<String, Set<String>> v = new HashMap<>();
        v.put("recipient_type", Set.of(recipient));
        v.put("authority.source_act", acts);
        return new Facts(v, Set.of(flags));
    }

    @Test
    void parsesPrecedenceNotThenAndThenOr() {
        Condition c = ConditionParser.parse("a.x or not b.y and c.z");
        assertThat(c).isEqualTo(new Condition.Or(List.of(new Condition.Flag("a.x"),
                new Condition.And(List.of(new Condition.Not(new Condition.Flag("b.y")), new Condition.Flag("c.z"))))));
        assertThat(ConditionParser.parse("(a.x or b.y) and c.z").text()).isEqualTo("(a.x or b.y) and c.z");
    }

    @Test
    void parsesComparisonsCaseInsensitiveKeywordsAndUpperCasesValues() {
        Condition c = ConditionParser.parse("Recipient_Type IN (police, Corrections) AND authority.source_act = faa");
        assertThat(c.text()).isEqualTo("recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA");
        assertThat(ConditionParser.parse("recipient_type not in (MILITARY)").text()).isEqualTo("recipient_type not in (MILITARY)");
        assertThat(ConditionParser.parse("authority.statute != TITLE_10").text()).isEqualTo("authority.statute != TITLE_10");
    }

    @Test
    void refusesSyntaxErrorsNamingTheProblem() {
        assertError("", "condition.error.empty");
        assertError("recipient_type in (POLICE", "condition.error.unclosed");
        assertError("(unit.credible_hr_violation", "condition.error.unclosed");
        assertError("recipient_type = ", "condition.error.end");
        assertError("unit.credible_hr_violation and", "condition.error.end");
        assertError("recipient_type == POLICE", "condition.error.unexpected");
        assertError("a.x b.y", "condition.error.unexpected");
        assertError("recipient_type = POLICE; drop", "condition.error.character");
        assertError("recipient_type in ()", "condition.error.unexpected");
        assertThatThrownBy(() -> ConditionParser.parse("recipient_type == POLICE"))
                .isInstanceOfSatisfying(ConditionException.class, e -> assertThat(e.arguments()).containsExactly("=", 17, "a value"));
    }

    @Test
    void validationRefusesUnknownNamesValuesAndMisusedTerms() {
        assertValidation("recipient_typ = POLICE", "condition.error.unknownName", "recipient_typ");
        assertValidation("recipient_type = PIRATES", "condition.error.unknownValue", "PIRATES");
        assertValidation("unit.credible_hr_violation = POLICE", "condition.error.flagWithValue", "unit.credible_hr_violation");
        assertValidation("recipient_type", "condition.error.fieldNeedsValue", "recipient_type");
        assertValidation("unit.bad_flag", "condition.error.unknownName", "unit.bad_flag");
        ConditionVocabulary.parseAndValidate("recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA", VALUES);
        ConditionVocabulary.parseAndValidate("authority.notification_required and not notification.filed", VALUES);
    }

    @Test
    void combinedConditionsEvaluateWithAnyValueSemantics() {
        Condition faa660 = ConditionParser.parse("recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA");
        assertThat(faa660.evaluate(facts("POLICE", Set.of("FAA"))).holds()).isTrue();
        assertThat(faa660.evaluate(facts("CORRECTIONS", Set.of("TITLE_10", "FAA"))).holds()).isTrue();
        assertThat(faa660.evaluate(facts("POLICE", Set.of("TITLE_10"))).holds()).isFalse();
        assertThat(faa660.evaluate(facts("MILITARY", Set.of("FAA"))).holds()).isFalse();

        Condition notIn = ConditionParser.parse("recipient_type not in (MILITARY) and authority.source_act != AECA");
        assertThat(notIn.evaluate(facts("POLICE", Set.of("FAA"))).holds()).isTrue();
        assertThat(notIn.evaluate(facts("POLICE", Set.of("FAA", "AECA"))).holds()).isFalse();

        Condition grouped = ConditionParser.parse("not (unit.credible_hr_violation or authority.expired) and recipient_type = POLICE");
        assertThat(grouped.evaluate(facts("POLICE", Set.of())).holds()).isTrue();
        assertThat(grouped.evaluate(facts("POLICE", Set.of(), "authority.expired")).holds()).isFalse();

        Condition notification = ConditionParser.parse("authority.notification_required and not notification.filed");
        assertThat(notification.evaluate(facts("POLICE", Set.of(), "authority.notification_required")).holds()).isTrue();
        assertThat(notification.evaluate(facts("POLICE", Set.of(), "authority.notification_required", "notification.filed")).holds()).isFalse();
        assertThat(notification.evaluate(facts("POLICE", Set.of())).holds()).isFalse();
    }

    @Test
    void witnessesNameTheAtomsThatDecided() {
        Condition c = ConditionParser.parse("recipient_type = POLICE and authority.source_act = FAA or unit.credible_hr_violation");
        Condition.Evaluation e = c.evaluate(facts("POLICE", Set.of("FAA")));
        assertThat(e.holds()).isTrue();
        assertThat(e.witnesses()).extracting(w -> w.atom().text()).containsExactly("recipient_type = POLICE", "authority.source_act = FAA");
        Condition.Evaluation negated = ConditionParser.parse("authority.notification_required and not notification.filed")
                .evaluate(facts("POLICE", Set.of(), "authority.notification_required"));
        assertThat(negated.witnesses()).extracting(Condition.Witness::held).containsExactly(true, false);
    }

    private static void assertError(String text, String key) {
        assertThatThrownBy(() -> ConditionParser.parse(text))
                .isInstanceOfSatisfying(ConditionException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void assertValidation(String text, String key, String firstArgument) {
        assertThatThrownBy(() -> ConditionVocabulary.parseAndValidate(text, VALUES))
                .isInstanceOfSatisfying(ConditionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()[0]).isEqualTo(firstArgument);
                });
    }
}
