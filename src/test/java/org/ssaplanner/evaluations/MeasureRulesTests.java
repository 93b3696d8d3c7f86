package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureRulesTests {

    private static final List<String> LEVELS = List.of("Low", "Medium", "High");

    static void refused(IndicatorMeasure measure, String raw, String key) {
        assertThatThrownBy(() -> MeasureRules.parse(measure, LEVELS, raw))
                .isInstanceOfSatisfying(MeasureRules.InvalidValue.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void blankMeansNoValue() {
        for (IndicatorMeasure measure : IndicatorMeasure.values()) {
            assertThat(MeasureRules.parse(measure, LEVELS, "  ")).isNull();
            assertThat(MeasureRules.parse(measure, LEVELS, null)).isNull();
        }
    }

    @Test
    void percentagesAreFromZeroToHundred() {
        assertThat(MeasureRules.parse(IndicatorMeasure.PERCENTAGE, LEVELS, "0").number()).isEqualByComparingTo("0");
        assertThat(MeasureRules.parse(IndicatorMeasure.PERCENTAGE, LEVELS, "100").number()).isEqualByComparingTo("100");
        assertThat(MeasureRules.parse(IndicatorMeasure.PERCENTAGE, LEVELS, "42.5 %").number()).isEqualByComparingTo("42.5");
        refused(IndicatorMeasure.PERCENTAGE, "100.01", "value.percentage.range");
        refused(IndicatorMeasure.PERCENTAGE, "-1", "value.percentage.range");
        refused(IndicatorMeasure.PERCENTAGE, "lots", "value.number.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "12e", "--1"})
    void unitsMustBeNumbers(String raw) {
        refused(IndicatorMeasure.UNIT, raw, "value.number.invalid");
    }

    @Test
    void numbersAreNormalizedAndBounded() {
        assertThat(MeasureRules.parse(IndicatorMeasure.UNIT, LEVELS, "1,250").number()).isEqualTo(new BigDecimal("1250"));
        assertThat(MeasureRules.parse(IndicatorMeasure.NOMINAL, LEVELS, "3.50").number()).isEqualTo(new BigDecimal("3.5"));
        refused(IndicatorMeasure.UNIT, "1.23456", "value.number.decimals");
        refused(IndicatorMeasure.UNIT, "1234567890123456", "value.number.tooLarge");
    }

    @Test
    void ordinalValuesMustBeOneOfTheLevelsAndTakeTheirSpelling() {
        assertThat(MeasureRules.parse(IndicatorMeasure.ORDINAL, LEVELS, " medium ").text()).isEqualTo("Medium");
        refused(IndicatorMeasure.ORDINAL, "Very high", "value.ordinal.unknown");
        refused(IndicatorMeasure.ORDINAL, "2", "value.ordinal.unknown");
    }

    @Test
    void qualitativeValuesAreTextWithALimit() {
        assertThat(MeasureRules.parse(IndicatorMeasure.QUALITATIVE, LEVELS, "Reports now filed monthly").text())
                .isEqualTo("Reports now filed monthly");
        refused(IndicatorMeasure.QUALITATIVE, "x".repeat(2001), "value.text.tooLong");
    }

    @Test
    void ordinalLevelsAreOnePerLineLowestFirstWithoutDuplicates() {
        assertThat(MeasureRules.parseLevels("Low\r\n\n Medium \nHigh")).containsExactly("Low", "Medium", "High");
        assertThatThrownBy(() -> MeasureRules.parseLevels("Low\nlow"))
                .isInstanceOfSatisfying(MeasureRules.InvalidValue.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.ordinalLevels.duplicate"));
    }

    @Test
    void scoresAreNumbersOrLevelPositions() {
        assertThat(MeasureRules.score(IndicatorMeasure.ORDINAL, LEVELS, MeasureValue.ofText("High"))).isEqualByComparingTo("2");
        assertThat(MeasureRules.score(IndicatorMeasure.QUALITATIVE, LEVELS, MeasureValue.ofText("High"))).isNull();
        assertThat(MeasureRules.score(IndicatorMeasure.UNIT, LEVELS, null)).isNull();
    }
}
