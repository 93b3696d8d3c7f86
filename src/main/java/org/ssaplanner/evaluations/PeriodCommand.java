package org.ssaplanner.evaluations;

import java.time.LocalDate;

/** One row of the periods grid as entered; id null for a new row. Target and actual as typed. */
public record PeriodCommand(Long id, LocalDate start, LocalDate end, String target, String actual, String comment) {

    public boolean blank() {
        return id == null && start == null && end == null && isBlank(target) && isBlank(actual) && isBlank(comment);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
