package org.ssaplanner.interchange;

import java.util.Comparator;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.ReferenceDataService;

/**
 * "Create a program from this activity" leads to the new-program form of the country's plan that the
 * signed-in user may add programs to (the most recently changed one that is not archived); no link when
 * there is none.
 */
@Component
class ProgramLinkAdapter implements ProgramFromActivityLink {

    private final PlanService plans;
    private final ReferenceDataService reference;

    ProgramLinkAdapter(PlanService plans, ReferenceDataService reference) {
        this.plans = plans;
        this.reference = reference;
    }

    @Override
    public String newProgramFormUrl(String iso3) {
        return reference.countryByCode(iso3)
                .flatMap(country -> plans.search(new PlanFilter(country.id(), null, null, null, null),
                                PageRequest.of(0, 100)).stream()
                        .filter(plan -> plan.status() != PlanStatus.ARCHIVED)
                        .filter(plan -> plans.canContribute(plan.id()))
                        .max(Comparator.comparing(PlanSummary::updatedAt)))
                .map(plan -> "/plans/" + plan.id() + "/programs/new")
                .orElse(null);
    }
}
