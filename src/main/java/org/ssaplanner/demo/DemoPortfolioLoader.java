package org.ssaplanner.demo;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.portfolio.ObjectivePriorities;
import org.ssaplanner.portfolio.PriorityService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.BeforeServingRequests;
import org.ssaplanner.shared.database.EmbeddedPostgresServer;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Demo portfolio review (issue 15) for the Colombia demo plan, after the demo plans, on a start where none of its
 * objectives has a priority yet: the objectives' priorities and stakes, Colombia's priority tier, and outcome
 * indicators with fictional results, so that a review of the plan recommends revamping the prosecutor mentoring
 * (priority 1, off track), sustaining the boat maintenance (on track) and an experiment for the aircraft financing
 * (no outcome evidence). Every figure is invented.
 */
@Component
class DemoPortfolioLoader extends BeforeServingRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolioLoader.class);

    private final PriorityService priorities;
    private final IndicatorService indicators;
    private final PlanService plans;
    private final ProgramFactsService programs;
    private final ReferenceDataService reference;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final boolean enabled;
    private final TransactionTemplate transaction;

    DemoPortfolioLoader(PriorityService priorities, IndicatorService indicators, PlanService plans,
            ProgramFactsService programs, ReferenceDataService reference,
            ObjectProvider<EmbeddedPostgresServer> embedded, @Value("${ssa.demo.enabled:true}") boolean enabled,
            PlatformTransactionManager transactionManager) {
        super(DEMO_DATA + 3);
        this.priorities = priorities;
        this.indicators = indicators;
        this.plans = plans;
        this.programs = programs;
        this.reference = reference;
        this.embedded = embedded;
        this.enabled = enabled;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    protected void runBeforeServing() {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            Long colombia = demoPlan("CO", "Colombia:");
            if (colombia == null) {
                return;
            }
            ObjectivePriorities current = priorities.objectives(colombia);
            if (current.objectives().stream().anyMatch(o -> o.priority() != null)) {
                return;
            }
            try {
                transaction.executeWithoutResult(status -> load(colombia));
                log.info("Demo data: loaded the portfolio priorities and results of the Colombia plan (invented).");
            } catch (RuntimeException e) {
                log.warn("Demo portfolio could not be loaded: {}", e.toString());
            }
        });
    }

    void load(long plan) {
        PlanDetail detail = plans.get(plan);
        int fy = detail.startFiscalYear();
        List<ProgramFacts> facts = programs.factsForPlan(plan);
        long taskForce = program(facts, "Prosecutor mentoring");
        long boats = program(facts, "Interceptor boat");
        long verdicts = outcome(detail, "Prosecutors in Tumaco");
        long patrols = outcome(detail, "Pacific coast guard stations");

        // results first (the priorities below compute the plan's recommendations)
        long cases = indicators.create(taskForce, new IndicatorCommand("Organized-crime cases reaching a verdict (demo)",
                "Cases of the task force with a first-instance verdict in the year", MetricLevel.OUTCOME,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "12",
                LocalDate.of(fy - 4, 12, 31), "Attorney General case system (demo figures)", verdicts, null));
        indicators.savePeriods(taskForce, cases, indicators.indicator(taskForce, cases).version(), List.of(
                new PeriodCommand(null, LocalDate.of(fy - 3, 1, 1), LocalDate.of(fy - 3, 12, 31), "25", "14", null),
                new PeriodCommand(null, LocalDate.of(fy - 2, 1, 1), LocalDate.of(fy - 2, 12, 31), "40", "16",
                        "Two mentors left; hearings postponed")));
        long mentored = indicators.create(taskForce, new IndicatorCommand("Prosecutors mentored (demo)", null,
                MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "prosecutors", null, "0", null,
                "Program records (demo figures)", null, null));
        indicators.savePeriods(taskForce, mentored, indicators.indicator(taskForce, mentored).version(), List.of(
                new PeriodCommand(null, LocalDate.of(fy - 2, 1, 1), LocalDate.of(fy - 2, 12, 31), "30", "34", null)));
        long days = indicators.create(boats, new IndicatorCommand("Days with round-the-clock patrols (demo)", null,
                MetricLevel.OUTCOME, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "days", null, "150",
                LocalDate.of(fy - 4, 12, 31), "Coast guard logs (demo figures)", patrols, null));
        indicators.savePeriods(boats, days, indicators.indicator(boats, days).version(), List.of(
                new PeriodCommand(null, LocalDate.of(fy - 2, 1, 1), LocalDate.of(fy - 2, 12, 31), "280", "301", null)));

        priorities.setTier("CO", 1, "Largest recipient in the hemisphere; counternarcotics and rule-of-law partner"
                + " (demo setting)");
        for (ObjectivePriorities.Row objective : priorities.objectives(plan).objectives()) {
            if (objective.title().startsWith("Justice")) {
                priorities.setObjectivePriority(plan, objective.objectiveId(), -1, 1,
                        "Without verdicts the ports stay under criminal control and the police's gains are undone.");
            } else if (objective.title().startsWith("Colombian maritime")) {
                priorities.setObjectivePriority(plan, objective.objectiveId(), -1, 2,
                        "Shipments reach Central America unchallenged.");
            } else {
                priorities.setObjectivePriority(plan, objective.objectiveId(), -1, 3,
                        "Other suppliers take the place of the United States in Colombia's forces.");
            }
        }
    }

    private static long program(List<ProgramFacts> facts, String titlePrefix) {
        return facts.stream().filter(f -> f.title().startsWith(titlePrefix)).map(ProgramFacts::programId).findFirst()
                .orElseThrow();
    }

    private static long outcome(PlanDetail plan, String titlePrefix) {
        return plan.objectives().stream().flatMap(o -> o.outcomes().stream())
                .filter(o -> o.title().startsWith(titlePrefix)).map(PlanDetail.Outcome::id).findFirst().orElseThrow();
    }

    private Long demoPlan(String alpha2, String titlePrefix) {
        long country = reference.countryByCode(alpha2).orElseThrow().id();
        return plans.search(new PlanFilter(country, null, null, null, null), PageRequest.of(0, 100)).stream()
                .filter(p -> p.title().startsWith(titlePrefix)).map(PlanSummary::id).findFirst().orElse(null);
    }
}
