package org.ssaplanner.evaluations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.programs.ProgramPortfolioKey;

/**
 * Programs and plan outcomes as the evaluations module shows them (a program with its plan's title and its lead
 * agency's code), read through the plans, programs and agencies APIs: the one place the module reads programs. A
 * program's plan and lead agency always exist (foreign keys), so their names are never missing.
 */
@Component
class ProgramContexts {

    private final ProgramFactsService programs;
    private final PlanService plans;
    private final AgencyService agencies;

    ProgramContexts(ProgramFactsService programs, PlanService plans, AgencyService agencies) {
        this.programs = programs;
        this.plans = plans;
        this.agencies = agencies;
    }

    Optional<ProgramContext> program(long programId) {
        // ask first instead of catching not-found exceptions: those would mark the caller's transaction rollback-only
        if (programs.titles(List.of(programId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toContexts(List.of(programs.facts(programId))).get(0));
    }

    List<PlanOutcomeRef> outcomesOfPlan(long planId) {
        return plans.outcomeLabels(planId).stream()
                .map(outcome -> new PlanOutcomeRef(outcome.outcomeId(), outcome.objectiveId(),
                        outcome.objectiveTitle() + " → " + outcome.outcomeTitle(), outcome.objectiveCategory()))
                .toList();
    }

    /** Titles of the programs that exist among the ids (a projection, no program loaded). */
    Map<Long, String> titles(Collection<Long> programIds) {
        return programs.titles(programIds);
    }

    List<ProgramContext> programsForUnit(long unitId) {
        return toContexts(programs.factsForUnit(unitId));
    }

    /** Every program as the portfolio report counts it (id, country, lead agency), without loading programs. */
    List<ProgramPortfolioKey> portfolioKeys() {
        return programs.portfolioKeys();
    }

    private List<ProgramContext> toContexts(Collection<ProgramFacts> facts) {
        Map<Long, PlanContext> planById = plans.contexts(facts.stream().map(ProgramFacts::planId).toList());
        Map<Long, AgencySummary> agencyById = agencies.byIds(
                facts.stream().map(ProgramFacts::leadAgencyId).toList());
        return facts.stream().map(f -> {
            PlanContext plan = planById.get(f.planId());
            AgencySummary lead = agencyById.get(f.leadAgencyId());
            return new ProgramContext(f.programId(), f.title(), f.planId(), plan.title(), f.countryId(),
                    f.leadAgencyId(), lead.code(), f.recipientUnitId());
        }).toList();
    }
}
