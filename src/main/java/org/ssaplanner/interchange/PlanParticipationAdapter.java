package org.ssaplanner.interchange;

import java.util.HashSet;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.ReferenceDataService;

/**
 * Agencies taking part in a country's plans (any plan that is not archived), read through the plans
 * API, so the country picture can call out agencies active on the ground but absent from the plan.
 */
@Component
class PlanParticipationAdapter implements CountryPlanParticipation {

    private final PlanService plans;
    private final ReferenceDataService reference;

    PlanParticipationAdapter(PlanService plans, ReferenceDataService reference) {
        this.plans = plans;
        this.reference = reference;
    }

    @Override
    public Set<Long> participatingAgencyIds(String iso3) {
        Set<Long> agencyIds = new HashSet<>();
        reference.countryByCode(iso3).ifPresent(country -> plans
                .search(new PlanFilter(country.id(), null, null, null, null), PageRequest.of(0, 100))
                .stream()
                .filter(plan -> plan.status() != PlanStatus.ARCHIVED)
                .map(PlanSummary::id)
                .map(plans::context)
                .map(PlanContext::participatingAgencyIds)
                .forEach(agencyIds::addAll));
        return agencyIds;
    }
}
