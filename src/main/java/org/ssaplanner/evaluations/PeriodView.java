package org.ssaplanner.evaluations;

import java.time.LocalDate;

/** A stored period: values as display text; targetMissing flags a period without target where one is needed. */
public record PeriodView(long id, LocalDate start, LocalDate end, String target, String actual, String comment,
        boolean targetMissing) {
}
