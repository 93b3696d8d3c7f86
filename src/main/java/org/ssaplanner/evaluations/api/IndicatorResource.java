package org.ssaplanner.evaluations.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorDetail;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.ProgressStatus;
import org.ssaplanner.reference.MetricLevel;

/**
 * An indicator as the API shows it: its definition, baseline and periods (targets and actuals as recorded, text
 * for qualitative and ordinal measures) and where it stands. Its version is its ETag.
 */
record IndicatorResource(long id, long version, long programId, String name, String definition, MetricLevel level,
        IndicatorMeasure measure, Direction direction, String unitOfMeasure, List<String> ordinalLevels,
        String baseline, LocalDate baselineDate, String dataSource, Long planOutcomeId, Long partnerUnitId,
        List<Period> periods, ProgressStatus progress, Integer percentToTarget, Instant updatedAt, String updatedBy) {

    record Period(long id, LocalDate start, LocalDate end, String target, String actual, String comment) {
    }

    static IndicatorResource of(IndicatorDetail i) {
        return new IndicatorResource(i.id(), i.version(), i.programId(), i.name(), i.definition(), i.level(),
                i.measure(), i.direction(), i.unitOfMeasure(), i.ordinalLevels(), i.baseline(), i.baselineDate(),
                i.dataSource(), i.planOutcomeId(), i.partnerUnitId(),
                i.periods().stream().map(p -> new Period(p.id(), p.start(), p.end(), p.target(), p.actual(),
                        p.comment())).toList(),
                i.progress().status(), i.progress().percentToTarget(), i.updatedAt(), i.updatedBy());
    }
}
