package org.ssaplanner.plans;

import java.time.Instant;

/** A plan as the list shows it. */
public record PlanSummary(long id, String title, long countryId, String countryName, String countryAlpha2,
        int startFiscalYear, int endFiscalYear, PlanStatus status, long conductorUserId, String conductorLabel,
        String conductorAgencyLabel, Instant updatedAt) {

    public String fiscalYears() {
        return "FY" + startFiscalYear + "–FY" + endFiscalYear;
    }
}
