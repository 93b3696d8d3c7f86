package org.ssaplanner.authorities.condition;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A condition in plain words for the pages that show it: fields by their names, values by their labels (Police, not
 * POLICE), flags as phrases; and, or and not as words, groups in parentheses. Texts come from message keys
 * {@code condition.read.*} through the given {@link Texts}.
 */
public final class ConditionWording {

    /** A message by key and arguments, in the reader's language. */
    @FunctionalInterface
    public interface Texts {

        String text(String key, Object... arguments);
    }

    private final Texts texts;
    private final Map<String, Map<String, String>> valueLabels;

    /** {@code valueLabels}: per value field, the label of each (upper-case) value; unknown values are shown as they are. */
    public ConditionWording(Texts texts, Map<String, Map<String, String>> valueLabels) {
        this.texts = texts;
        this.valueLabels = valueLabels;
    }

    /** The condition in words, or {@code null} when there is none or it does not parse. */
    public String words(String conditionText) {
        if (conditionText == null || conditionText.isBlank()) {
            return null;
        }
        try {
            return words(ConditionParser.parse(conditionText));
        } catch (ConditionException e) {
            return null;
        }
    }

    public String words(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.parts().stream().map(p -> p instanceof Condition.Or ? group(p) : words(p))
                    .collect(Collectors.joining(texts.text("condition.read.and")));
        }
        if (condition instanceof Condition.Or or) {
            return or.parts().stream().map(this::words).collect(Collectors.joining(texts.text("condition.read.or")));
        }
        if (condition instanceof Condition.Not not) {
            if (not.inner() instanceof Condition.Flag flag) {
                return texts.text("condition.read.flagNot." + flag.name());
            }
            return texts.text("condition.read.not", not.inner() instanceof Condition.And
                    || not.inner() instanceof Condition.Or ? group(not.inner()) : words(not.inner()));
        }
        if (condition instanceof Condition.Comparison comparison) {
            return texts.text(comparison.operator().positive() ? "condition.read.is" : "condition.read.isNot",
                    texts.text("condition.read.field." + comparison.field()),
                    comparison.values().stream().map(v -> label(comparison.field(), v))
                            .collect(Collectors.joining(texts.text("condition.read.either"))));
        }
        return texts.text("condition.read.flag." + ((Condition.Flag) condition).name());
    }

    private String group(Condition condition) {
        return "(" + words(condition) + ")";
    }

    private String label(String field, String value) {
        return valueLabels.getOrDefault(field, Map.of()).getOrDefault(value, value);
    }
}
