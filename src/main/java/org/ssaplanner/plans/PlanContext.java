package org.ssaplanner.plans;

import java.util.Set;

/** What the programs module needs of a plan: country, fiscal-year span, conductor, participating agencies. */
public record PlanContext(long id, String title, long countryId, int startFiscalYear, int endFiscalYear,
        long conductorUserId, Set<Long> participatingAgencyIds, PlanStatus status) {

    public boolean coversFiscalYear(int fiscalYear) {
        return fiscalYear >= startFiscalYear && fiscalYear <= endFiscalYear;
    }
}
