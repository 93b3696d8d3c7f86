package org.ssaplanner.plans.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanProgramRef;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.reference.ObjectiveCategory;

/** A country plan as the API shows it: its fields, conductor, participating agencies and theory of change. */
record PlanResource(long id, long version, String title, String countryCode, String countryName,
        int startFiscalYear, int endFiscalYear, String desiredEndStates, PlanStatus status, long conductorUserId,
        String conductor, Set<Long> participatingAgencyIds, List<String> participatingAgencies,
        List<Objective> objectives, List<Long> programIds, List<Long> programsServingNoOutcome, Instant updatedAt,
        String updatedBy) {

    record Objective(long id, long version, ObjectiveCategory category, String title, String description,
            List<Outcome> outcomes) {
    }

    record Outcome(long id, long version, String title, String description, List<Long> programIds) {
    }

    static PlanResource of(PlanDetail plan) {
        return new PlanResource(plan.id(), plan.version(), plan.title(), plan.country().alpha3(),
                plan.country().name(), plan.startFiscalYear(), plan.endFiscalYear(), plan.desiredEndStates(),
                plan.status(), plan.conductor().id(), plan.conductor().fullName(),
                plan.participatingAgencies().stream().map(AgencySummary::id).collect(Collectors.toSet()),
                plan.participatingAgencies().stream().map(AgencySummary::label).toList(),
                plan.objectives().stream().map(o -> new Objective(o.id(), o.version(), o.category(), o.title(),
                        o.description(), o.outcomes().stream().map(oc -> new Outcome(oc.id(), oc.version(),
                                oc.title(), oc.description(), oc.programs().stream().map(PlanProgramRef::id).toList()))
                                .toList()))
                        .toList(),
                plan.programs().stream().map(PlanProgramRef::id).toList(),
                plan.programsServingNoOutcome().stream().map(PlanProgramRef::id).toList(), plan.updatedAt(), plan.updatedBy());
    }
}
