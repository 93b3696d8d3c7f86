package org.ssaplanner.evaluations;

import java.time.LocalDate;
import org.ssaplanner.reference.MetricLevel;

/**
 * An indicator as entered. Ordinal levels one per line, lowest first; the baseline as typed (it is
 * validated against the measure).
 */
public record IndicatorCommand(String name, String definition, MetricLevel level, IndicatorMeasure measure,
        Direction direction, String unitOfMeasure, String ordinalLevels, String baselineValue, LocalDate baselineDate,
        String dataSource, Long planOutcomeId, Long partnerUnitId) {
}
