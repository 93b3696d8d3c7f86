package org.ssaplanner.evaluations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validation of indicator values against the indicator's measure: numbers for unit and nominal
 * measures, 0 to 100 for percentages, one of the defined levels for ordinal measures, text for
 * qualitative ones. Pure functions, no state.
 */
final class MeasureRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_LEVELS = 20;
    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 4;

    private MeasureRules() {
    }

    /** A value that does not fit the measure; the key names the message. */
    static final class InvalidValue extends RuntimeException {

        private final String messageKey;

        InvalidValue(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** Parses what a user typed; blank means "no value" (null). */
    static MeasureValue parse(IndicatorMeasure measure, List<String> levels, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        return switch (measure) {
            case UNIT, NOMINAL -> MeasureValue.ofNumber(number(value));
            case PERCENTAGE -> {
                BigDecimal number = number(value.endsWith("%") ? value.substring(0, value.length() - 1).trim() : value);
                if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new InvalidValue("value.percentage.range");
                }
                yield MeasureValue.ofNumber(number);
            }
            case ORDINAL -> MeasureValue.ofText(levels.stream().filter(l -> l.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new InvalidValue("value.ordinal.unknown")));
            case QUALITATIVE -> {
                if (value.length() > MAX_TEXT) {
                    throw new InvalidValue("value.text.tooLong");
                }
                yield MeasureValue.ofText(value);
            }
        };
    }

    private static BigDecimal number(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValue("value.number.invalid");
        }
        if (Math.max(number.scale(), 0) > MAX_DECIMALS && number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidValue("value.number.decimals");
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValue("value.number.tooLarge");
        }
        BigDecimal normalized = number.stripTrailingZeros();
        return normalized.scale() < 0 ? normalized.setScale(0) : normalized;
    }

    /** The ordered levels of an ordinal measure, one per line, lowest first; blank lines ignored. */
    static List<String> parseLevels(String text) {
        List<String> levels = new ArrayList<>();
        if (text == null) {
            return levels;
        }
        for (String line : text.split("\\R")) {
            String level = line.trim();
            if (level.isEmpty()) {
                continue;
            }
            if (level.length() > 100) {
                throw new InvalidValue("indicator.ordinalLevels.tooLong");
            }
            if (levels.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(level.toLowerCase(Locale.ROOT)))) {
                throw new InvalidValue("indicator.ordinalLevels.duplicate");
            }
            levels.add(level);
        }
        if (levels.size() > MAX_LEVELS) {
            throw new InvalidValue("indicator.ordinalLevels.tooMany");
        }
        return levels;
    }

    /**
     * A comparable score of a value: the number itself, or an ordinal level's position (0 = lowest).
     * Null for qualitative text, missing values, and ordinal labels that are no longer defined.
     */
    static BigDecimal score(IndicatorMeasure measure, List<String> levels, MeasureValue value) {
        if (value == null) {
            return null;
        }
        if (measure.numeric()) {
            return value.number();
        }
        if (measure == IndicatorMeasure.ORDINAL && value.text() != null) {
            int rank = levels.indexOf(value.text());
            return rank < 0 ? null : BigDecimal.valueOf(rank);
        }
        return null;
    }
}
