package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ssaplanner.reference.ObjectiveCategory;

/** A program as the search list shows it. */
public record ProgramSummary(long id, String title, long planId, String planTitle, String countryName,
        String countryAlpha2, String leadAgencyLabel, String assistanceTypeCode, ObjectiveCategory primaryCategory,
        Horizon horizon, ProgramStatus status, LocalDate startDate, LocalDate endDate, BigDecimal allocated) {
}
