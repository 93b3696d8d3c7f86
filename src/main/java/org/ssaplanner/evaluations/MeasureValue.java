package org.ssaplanner.evaluations;

import java.math.BigDecimal;

/**
 * One value of an indicator: a number (unit, percentage, nominal) or a text (an ordinal level's
 * label, or a qualitative statement). Exactly one of the two is set.
 */
public record MeasureValue(BigDecimal number, String text) {

    public static MeasureValue ofNumber(BigDecimal number) {
        return new MeasureValue(number, null);
    }

    public static MeasureValue ofText(String text) {
        return new MeasureValue(null, text);
    }

    public String display() {
        return number != null ? number.stripTrailingZeros().toPlainString() : text;
    }

    @Override
    public String toString() {
        return display();
    }
}
