package org.ssaplanner.plans;

/** Filters of the plan list; null means "any". */
public record PlanFilter(Long countryId, Long regionId, PlanStatus status, Long conductorAgencyId, Integer fiscalYear) {

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null, null);
    }
}
