package org.ssaplanner.evaluations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.reference.MetricLevel;

/** An indicator with its periods and where it stands. Labels of linked records are null when unknown. */
public record IndicatorDetail(long id, long version, long programId, String name, String definition, MetricLevel level,
        IndicatorMeasure measure, Direction direction, String unitOfMeasure, List<String> ordinalLevels,
        String baseline, LocalDate baselineDate, String dataSource, Long planOutcomeId, String planOutcomeLabel,
        Long partnerUnitId, String partnerUnitLabel, List<PeriodView> periods, IndicatorProgress progress,
        ChartSeries chart, Instant updatedAt, String updatedBy) {

    public long periodsWithoutTarget() {
        return periods.stream().filter(PeriodView::targetMissing).count();
    }

    public String ordinalLevelsText() {
        return String.join("\n", ordinalLevels);
    }
}
