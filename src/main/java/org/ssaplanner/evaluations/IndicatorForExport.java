package org.ssaplanner.evaluations;

import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.reference.MetricLevel;

/**
 * An indicator as an export to other systems (IATI results) may show it: no partner unit (recipient units are
 * vetting data). Values are numbers or texts as recorded ({@link MeasureValue}); ordinal levels in their order.
 */
public record IndicatorForExport(long id, long programId, Long planOutcomeId, String name, String definition,
        MetricLevel level, IndicatorMeasure measure, Direction direction, List<String> ordinalLevels,
        MeasureValue baseline, LocalDate baselineDate, List<Period> periods) {

    /** One period with its target and actual (either may be null). */
    public record Period(LocalDate start, LocalDate end, MeasureValue target, MeasureValue actual, String comment) {
    }
}
