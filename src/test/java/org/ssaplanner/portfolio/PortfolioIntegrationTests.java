package org.ssaplanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The portfolio review end to end on PostgreSQL: priorities set, a review opened (recommendations computed from the
 * other modules' data), a decision recorded against the recommendation, shown on the program and plan pages; stale
 * edits refused; method security per role.
 */
@SsaIntegrationTest
class PortfolioIntegrationTests {

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    PlanService plans;
    @Autowired
    ProgramService programs;
    @Autowired
    IndicatorService indicators;
    @Autowired
    PriorityService priorities;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReviewService reviews;
    @Autowired
    RuleService rules;
    @Autowired
    CountryViewService views;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    AssessmentRuns runs;

    private PlanningFixtures fixtures;
    private CurrentUser conductor;
    private CurrentUser colleague;
    private CurrentUser otherPlanner;
    private CurrentUser evaluator;
    private CurrentUser viewer;
    private CurrentUser admin;
    private long plan;
    private long objective;
    private long failing;
    private long unmeasured;
    private long sharedOutcome;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long incle = fixtures.authority("INCLE");
        admin = TestUsers.user(jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class),
                "admin", jdbc.queryForObject("select agency_id from app_user where username = 'admin'", Long.class),
                Role.ADMIN);
        conductor = fixtures.user("INL", Role.PLANNER);
        colleague = fixtures.user("INL", Role.PLANNER);
        otherPlanner = fixtures.user("DSCA", Role.PLANNER);
        evaluator = fixtures.user("INL", Role.EVALUATOR);
        viewer = fixtures.user("INL", Role.VIEWER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Accountable police", null));
        long other = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL, "Border control",
                null));
        long verdicts = plans.addOutcome(plan, objective, new OutcomeCommand("Cases reach verdicts", null));
        sharedOutcome = plans.addOutcome(plan, other, new OutcomeCommand("Patrols reach the border", null));
        failing = programs.create(plan, fixtures.program(PlanningFixtures.unique("Police mentoring "), inl, incle));
        unmeasured = programs.create(plan, fixtures.program(PlanningFixtures.unique("Border patrols "), inl, incle));
        plans.linkProgram(plan, verdicts, failing);
        plans.linkProgram(plan, sharedOutcome, failing);
        plans.linkProgram(plan, sharedOutcome, unmeasured);
        programs.saveFundingLine(failing, new FundingLineCommand(2027, "INCLE", new BigDecimal("900.00"),
                new BigDecimal("800.00"), new BigDecimal("100.00"), BigDecimal.ZERO));
        // an outcome indicator off track: 15 cases against a target of 20
        TestUsers.signIn(evaluator);
        long indicator = indicators.create(failing, new IndicatorCommand("Cases closed", "Cases closed",
                MetricLevel.OUTCOME, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "10",
                LocalDate.of(2023, 1, 1), "Court records", verdicts, null));
        long version = jdbc.queryForObject("select version from evaluation_indicator where id = ?", Long.class,
                indicator);
        indicators.savePeriods(failing, indicator, version, List.of(new PeriodCommand(null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), "20", "15", null)));
        // the unmeasured program only counts outputs
        indicators.create(unmeasured, new IndicatorCommand("Patrols run", null, MetricLevel.OUTPUT,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "patrols", null, "0", null, null, null, null));
        TestUsers.signIn(conductor);
        priorities.setObjectivePriority(plan, objective, -1, 1, "Impunity returns if cases stall");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
        // the "other instance's" run of a failed test must not hold up the next test's run
        jdbc.update("update portfolio_assessment_run set status = 'INTERRUPTED', finished_at = now()"
                + " where status = 'RUNNING' and started_by = 'other'");
    }

    @Test
    void aReviewRecommendsWithItsReasonsAndRecordsTheDecisionTakenInstead() throws Exception {
        jdbc.update("update program set sustainer = null where id = ?", failing);
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        ReviewDetail detail = reviews.review(review);
        assertThat(detail.items()).hasSize(2);
        ProgramAssessment a = assessments.assessment(failing).orElseThrow();
        assertThat(a.priority()).isEqualTo(1);
        assertThat(PortfolioTexts.words(a.derivationPhrases())).startsWith("priority 1 from objective 'Accountable police'")
                .contains("'Border control' not set");
        assertThat(a.performance()).isEqualTo(Performance.OFF_TRACK);
        assertThat(a.offTrack()).isEqualTo(1);
        assertThat(a.outcomeShare()).isEqualTo(100);
        assertThat(a.recommendation()).isEqualTo(Recommendation.REVAMP);
        assertThat(a.ruleName()).isEqualTo("High stakes, not working");
        assertThat(PortfolioTexts.reasons(a.reasons())).startsWith("priority 1, performance off track, risk ")
                .endsWith("→ revamp (High stakes, not working)");
        assertThat(a.sustainment()).as("nobody named to sustain it").isEqualTo(Sustainment.MISSING);

        ProgramAssessment b = assessments.assessment(unmeasured).orElseThrow();
        assertThat(b.performance()).as("outputs only: unknown, never fine").isEqualTo(Performance.UNKNOWN);
        assertThat(b.priority()).as("serves only an objective without priority").isNull();
        assertThat(b.recommendation()).isEqualTo(Recommendation.EXPERIMENT);

        Decision item = detail.items().stream().map(ReviewDetail.Item::decision)
                .filter(d -> d.programId() == failing).findFirst().orElseThrow();
        // experiment instead of revamp: a reason, a hypothesis, an indicator, a review date and a stop criterion
        TestUsers.signIn(colleague);
        assertThatThrownBy(() -> reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(
                Recommendation.EXPERIMENT, null, "INL Bogotá", LocalDate.now().plusMonths(6), null, null, null, null,
                null))).isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldValidationException.Violation::field).containsExactly("reason", "hypothesis",
                                "successIndicator", "experimentReviewDate", "stopCriterion"));
        reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(Recommendation.EXPERIMENT,
                "Mentoring judges may work where training did not", "INL Bogotá", LocalDate.now().plusMonths(6),
                "Mentored courts close more cases", "Cases closed", LocalDate.now().plusMonths(12),
                "No rise in cases closed after a year", null));
        Decision decided = reviews.item(review, item.itemId());
        assertThat(decided.decision()).isEqualTo(Recommendation.EXPERIMENT);
        assertThat(decided.recommended()).isEqualTo(Recommendation.REVAMP);
        assertThat(decided.recommendedReasons()).isEqualTo(a.reasons());
        assertThat(decided.decidedBy()).isEqualTo(colleague.getUsername());
        assertThat(reviews.decisionsOfProgram(failing)).hasSize(1);
        assertThat(reviews.latestDecisionsOfPlan(plan)).extracting(Decision::programId).containsExactly(failing);
        assertThat(reviews.decisionHistory(failing)).extracting(Decision::decision)
                .containsExactly(Recommendation.EXPERIMENT);

        // the same form sent again (its version is stale): 409, nothing changed
        assertThatThrownBy(() -> reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(
                Recommendation.REVAMP, null, "INL", LocalDate.now().plusMonths(1), null, null, null, null, null)))
                .isInstanceOf(StaleEditException.class);
        assertThat(reviews.item(review, item.itemId()).decision()).isEqualTo(Recommendation.EXPERIMENT);

        // the pages show it: the review, the program page, the plan page
        mvc.perform(get("/portfolio/reviews/" + review).with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("High stakes, not working")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "priority 1, performance off track, risk ")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        " → revamp (High stakes, not working)")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "— priority 1 from objective &#39;Accountable police&#39; (via outcome")));
        mvc.perform(get("/portfolio/rules").with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "priority 3–5; performance off track; competitors&#39; share at least 50%")));
        mvc.perform(get("/programs/" + failing).with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"program-decision\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mentored courts close more cases")));
        mvc.perform(get("/plans/" + plan).with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "data-deferred-section=\"plan-portfolio\"")));
        mvc.perform(get("/plans/" + plan + "/sections/plan-portfolio").header("HX-Request", "true").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"plan-decisions\"")));
        mvc.perform(get("/portfolio?planId=" + plan + "&recommendation=REVAMP").with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.programTitle())))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(b.programTitle()))));
        // the decision form of a viewer: 403; a stale POST through the web: 409
        mvc.perform(get("/portfolio/reviews/" + review + "/items/" + item.itemId()).with(user(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portfolio/reviews/" + review + "/items/" + item.itemId()).with(user(conductor)).with(csrf())
                .param("version", String.valueOf(item.version())).param("decision", "REVAMP").param("owner", "INL")
                .param("followUpDate", LocalDate.now().plusMonths(1).toString())).andExpect(status().isConflict());
    }

    @Test
    void computingAPlanKeepsNoneOfTheEntitiesItReadSoThatComputingManyStaysLinear() {
        // the whole portfolio is computed in one transaction, plan after plan: each plan's entities must go
        TestUsers.signIn(admin);
        int managed = transactions.execute(status -> {
            assertThat(assessments.computePlan(plan)).isEqualTo(2);
            return entityManager.unwrap(Session.class).getStatistics().getEntityCount();
        });
        assertThat(managed).as("entities left in the persistence context after a plan's computation").isZero();
        assertThat(jdbc.queryForObject("select count(*) from portfolio_assessment where plan_id = ?", Long.class,
                plan)).isEqualTo(2);
    }

    @Test
    void computeAllInTheBackgroundGivesTheSameAssessmentsAsTheComputationInOneTransaction() throws Exception {
        TestUsers.signIn(admin);
        awaitNoRun();
        jdbc.update("update program set sustainer = null where id = ?", failing);
        int programs = assessments.assessAll();
        List<String> synchronous = snapshot();
        assertThat(synchronous).hasSizeGreaterThanOrEqualTo(programs).isNotEmpty();
        jdbc.update("delete from portfolio_assessment");

        long runId = assessments.startAssessAll();
        AssessmentRun run = awaitNoRun();
        assertThat(run.id()).isEqualTo(runId);
        assertThat(run.status()).isEqualTo(AssessmentRun.Status.FINISHED);
        assertThat(run.startedBy()).isEqualTo("admin");
        assertThat(run.plansFailed()).isZero();
        assertThat(run.plansDone()).isEqualTo(run.plansTotal()).isEqualTo(plans.countryOfEveryPlan().size());
        assertThat(run.programsAssessed()).isEqualTo(programs);
        assertThat(snapshot()).as("every assessment, domain and funding row, as computed in one transaction")
                .isEqualTo(synchronous);
        ProgramAssessment a = assessments.assessment(failing).orElseThrow();
        assertThat(a.recommendation()).isEqualTo(Recommendation.REVAMP);
        assertThat(a.sustainment()).isEqualTo(Sustainment.MISSING);
        mvc.perform(get("/portfolio").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"assessment-run\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "could not be computed"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "programs of " + String.format("%,d", run.plansDone()) + " plans computed again")));
    }

    @Test
    void onlyOneComputeAllRunsAtATimeAndAFailingPlanIsReportedWithoutLosingTheOthers() throws Exception {
        TestUsers.signIn(admin);
        awaitNoRun();
        jdbc.update("delete from portfolio_assessment_run");
        // a run of another instance, alive: refused, with a friendly message on the page
        jdbc.update("insert into portfolio_assessment_run (status, started_by, started_at, heartbeat_at, plans_total)"
                + " values ('RUNNING', 'other', now(), now(), 10)");
        assertThatThrownBy(() -> assessments.startAssessAll()).isInstanceOf(AssessmentRunningException.class);
        mvc.perform(post("/portfolio/assess").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "portfolio.assessRunning"));
        TestUsers.signIn(admin); // MockMvc's user() cleared the test thread's security context
        assertThat(assessments.latestRun().orElseThrow().running()).isTrue();
        // its instance stopped long ago: shown as interrupted, and a new run may start
        jdbc.update("update portfolio_assessment_run set heartbeat_at = now() - interval '1 hour'"
                + " where status = 'RUNNING'");
        assertThat(assessments.latestRun().orElseThrow().status()).isEqualTo(AssessmentRun.Status.INTERRUPTED);
        mvc.perform(post("/portfolio/assess").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "portfolio.assessStarted"));
        TestUsers.signIn(admin);
        assertThat(awaitNoRun().status()).isEqualTo(AssessmentRun.Status.FINISHED);
        assertThat(jdbc.queryForObject("select count(*) from portfolio_assessment_run where status = 'INTERRUPTED'"
                + " and started_by = 'other'", Long.class)).isEqualTo(1);

        // a plan that fails is rolled back alone and reported; the plans after it are computed
        jdbc.update("delete from portfolio_assessment where plan_id = ?", plan);
        long missingPlan = -42;
        long runId = runs.start("admin", 2);
        runs.run(runId, List.of(missingPlan, plan), assessments::computePlan);
        AssessmentRun run = assessments.latestRun().orElseThrow();
        assertThat(run.status()).isEqualTo(AssessmentRun.Status.FINISHED);
        assertThat(run.plansDone()).isEqualTo(1);
        assertThat(run.plansFailed()).isEqualTo(1);
        assertThat(run.failures()).extracting(AssessmentRun.FailedPlan::planId).containsExactly(missingPlan);
        assertThat(assessments.assessmentsOfPlan(plan)).hasSize(2);
        mvc.perform(get("/portfolio").with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("One plan could not be computed")));
    }

    @Test
    void onlyAdministratorsStartComputeAll() {
        for (CurrentUser user : List.of(conductor, evaluator, viewer, otherPlanner)) {
            TestUsers.signIn(user);
            assertThatThrownBy(() -> assessments.startAssessAll()).as(user.getUsername())
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(viewer);
        assessments.latestRun();
    }

    /** Waits (at most a minute) until no run is in progress; returns the latest run. */
    private AssessmentRun awaitNoRun() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var run = assessments.latestRun();
            if (run.isEmpty() || !run.get().running()) {
                return run.orElse(null);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("compute all did not finish in a minute");
    }

    private List<String> snapshot() {
        return jdbc.queryForList("select (to_jsonb(a) - 'computed_at')::text || coalesce((select string_agg("
                + "d.domain_code, ',' order by d.domain_code) from portfolio_assessment_domain d"
                + " where d.program_id = a.program_id), '') || coalesce((select string_agg(f.fiscal_year || '='"
                + " || f.allocated, ',' order by f.fiscal_year) from portfolio_assessment_funding f"
                + " where f.program_id = a.program_id), '') from portfolio_assessment a order by a.program_id",
                String.class);
    }

    @Test
    void aCutNeedsItsClosurePlanAndSaysWhichOutcomesLoseTheirOnlyProgram() {
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        Decision item = reviews.review(review).items().stream().map(ReviewDetail.Item::decision)
                .filter(d -> d.programId() == failing).findFirst().orElseThrow();
        assertThat(assessments.outcomesLosingTheirOnlyProgram(plan, failing))
                .containsExactly(Phrase.of("portfolio.cut.outcome", "Cases reach verdicts", "Accountable police"));
        assertThat(assessments.outcomesLosingTheirOnlyProgram(plan, unmeasured)).as("the border outcome has two")
                .isEmpty();
        reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(Recommendation.CUT,
                "Budget moves to the border", "INL", LocalDate.now().minusDays(1), null, null, null, null,
                "Hand over to the judiciary by FY2028"));
        Decision cut = reviews.item(review, item.itemId());
        assertThat(cut.theoryOfChangeEffectPhrases()).containsExactly(Phrase.of("portfolio.cut.lost"),
                Phrase.of("portfolio.cut.outcome", "Cases reach verdicts", "Accountable police"));
        assertThat(cut.overdue()).as("past its follow-up date").isTrue();
        assertThat(reviews.reviews(PageRequest.of(0, 50)).getContent()).filteredOn(r -> r.id() == review)
                .singleElement().satisfies(r -> assertThat(r.overdue()).isEqualTo(1));
    }

    @Test
    void whoMayReviewDecideAndSetPriorities() {
        // planners of the conducting agency and administrators open a plan's review; others read
        for (CurrentUser refused : List.of(otherPlanner, evaluator, viewer)) {
            TestUsers.signIn(refused);
            assertThatThrownBy(() -> reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null)))
                    .as(refused.getUsername()).isInstanceOfAny(AccessDeniedException.class,
                            AuthorizationDeniedException.class);
            assertThatThrownBy(() -> priorities.setObjectivePriority(plan, objective, 0, 2, null))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            assertThatThrownBy(() -> priorities.setOverride(failing, -1, 2, "Because"))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
        TestUsers.signIn(colleague);
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        Decision item = reviews.review(review).items().get(0).decision();
        for (CurrentUser refused : List.of(otherPlanner, evaluator, viewer)) {
            TestUsers.signIn(refused);
            assertThat(reviews.review(review).items()).as("everyone reads").hasSize(2);
            assertThatThrownBy(() -> reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(
                    Recommendation.SUSTAIN, "x", "y", LocalDate.now(), null, null, null, null, null)))
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }
        // a region's review: administrators only
        long region = reference.countryByCode("CO").orElseThrow().regionId();
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> reviews.open(new ReviewCommand(ReviewScope.REGION, null, region, null, null)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        TestUsers.signIn(admin);
        reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(item.programId() == failing
                ? Recommendation.REVAMP : Recommendation.EXPERIMENT, null, "Admin", LocalDate.now().plusDays(30),
                "H", "I", LocalDate.now().plusDays(60), "S", null));
        assertThat(reviews.item(review, item.itemId()).decided()).isTrue();

        // the conductor overrides a priority, with a reason
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> priorities.setOverride(unmeasured, -1, 2, " "))
                .isInstanceOf(FieldValidationException.class);
        priorities.setOverride(unmeasured, -1, 2, "Border control is the ambassador's first ask");
        ProgramAssessment overridden = assessments.assessment(unmeasured).orElseThrow();
        assertThat(overridden.priority()).isEqualTo(2);
        assertThat(overridden.priorityOverridden()).isTrue();
        assertThat(PortfolioTexts.words(overridden.derivationPhrases())).startsWith("priority 2 set by a planner");
        assertThatThrownBy(() -> priorities.setOverride(unmeasured, -1, 3, "Again")).as("someone set one meanwhile")
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> priorities.setObjectivePriority(plan, objective, -1, 2, null))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void countryTiersAreSetByAdministratorsWithTheirHistory() {
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> priorities.setTier("CO", 1, "Key partner"))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        TestUsers.signIn(admin);
        assertThatThrownBy(() -> priorities.setTier("CO", 4, ""))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldValidationException.Violation::field).containsExactly("tier", "reason"));
        int before = priorities.tierHistory("CO").size();
        priorities.setTier("CO", 2, "Partner of interest " + PlanningFixtures.unique(""));
        priorities.setTier("COL", 1, "Counternarcotics partner " + PlanningFixtures.unique(""));
        List<CountryTier> history = priorities.tierHistory("CO");
        assertThat(history).hasSize(before + 2);
        assertThat(history.get(0).tier()).as("the latest first").isEqualTo(1);
        assertThat(history.get(1).tier()).isEqualTo(2);
        assertThat(assessments.assessment(failing).orElseThrow().countryTier()).isEqualTo(1);
    }

    @Test
    void theSeededRulesAreTheOnesTheUnitTestsCheck() {
        TestUsers.signIn(viewer);
        List<RecommendationRule> seeded = rules.rules().stream().map(RuleService.RuleView::rule)
                .filter(r -> r.position() <= 120).toList();
        assertThat(seeded).extracting(RecommendationRule::position, RecommendationRule::name,
                RecommendationRule::recommendation, RecommendationRule::priorityMin, RecommendationRule::priorityMax,
                RecommendationRule::performances, RecommendationRule::risks, RecommendationRule::competitorRising,
                RecommendationRule::countryTierMax)
                .containsExactlyElementsOf(SeedRules.all().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                        r.position(), r.name(), r.recommendation(), r.priorityMin(), r.priorityMax(), r.performances(),
                        r.risks(), r.competitorRising(), r.countryTierMax())).toList());
        assertThat(seeded).extracting(r -> r.competitorShareMin() == null ? null
                : r.competitorShareMin().stripTrailingZeros()).containsExactlyElementsOf(SeedRules.all().stream()
                        .map(r -> r.competitorShareMin() == null ? null : r.competitorShareMin().stripTrailingZeros())
                        .toList());
        assertThat(seeded).allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
    }

    @Test
    void rulesAreEditedByAdministratorsOnly() {
        RuleCommand command = new RuleCommand(100_000 - (int) (Math.random() * 1000), PlanningFixtures.unique("Rule "),
                Recommendation.SUSTAIN, "Test rule", 1, 1, Set.of(Performance.ON_TRACK), Set.of(), null, null, 1, false);
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> rules.create(command))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        TestUsers.signIn(admin);
        long id = rules.create(command);
        RuleService.RuleView view = rules.rule(id);
        assertThat(PortfolioTexts.conditions(view.rule())).containsExactly("priority 1", "performance on track", "country tier 1");
        rules.update(id, view.version(), new RuleCommand(command.position(), command.name(), Recommendation.CUT,
                "Changed", null, null, Set.of(), Set.of(), null, null, null, false));
        assertThatThrownBy(() -> rules.update(id, view.version(), command)).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> rules.create(new RuleCommand(10, "Duplicate", Recommendation.CUT, "x", null, null,
                Set.of(), Set.of(), null, null, null, false))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("position"));
        rules.delete(id);
    }

    @Test
    void coverageCountsProgramsAndFundingPerDomainAndMarksGapsWhereTheStakesAreHigh() throws Exception {
        reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        TestUsers.signIn(admin);
        priorities.setTier("CO", 1, "Key partner " + PlanningFixtures.unique(""));
        long co = reference.countryByCode("CO").orElseThrow().id();
        long region = reference.countryByCode("CO").orElseThrow().regionId();
        TestUsers.signIn(viewer);
        Coverage coverage = views.coverage(new CountryFilter(region, null, null));
        assertThat(coverage.domains()).extracting(Coverage.Domain::focus).as("grouped: high-end, weak-state, other")
                .startsWith("HIGH_END", "HIGH_END", "HIGH_END", "HIGH_END", "HIGH_END", "WEAK_STATE", "WEAK_STATE",
                        "WEAK_STATE");
        assertThat(coverage.groups()).extracting(Coverage.Group::focus).containsExactly("HIGH_END", "WEAK_STATE",
                "GENERAL");
        Coverage.Row colombia = coverage.countries().stream().filter(r -> "COL".equals(r.code())).findFirst()
                .orElseThrow();
        assertThat(colombia.tier()).isEqualTo(1);
        for (int i = 0; i < coverage.domains().size(); i++) {
            String domain = coverage.domains().get(i).code();
            Coverage.Cell cell = colombia.cells().get(i);
            // independent sums over the assessments of every Colombian program in the domain
            long programsThere = jdbc.queryForObject("select count(*) from portfolio_assessment a join"
                    + " program_capability_domain d on d.program_id = a.program_id where a.country_id = ?"
                    + " and d.capability_domain_code = ?", Long.class, co, domain);
            BigDecimal funding = jdbc.queryForObject("select coalesce(sum(a.allocated), 0) from portfolio_assessment a"
                    + " join program_capability_domain d on d.program_id = a.program_id where a.country_id = ?"
                    + " and d.capability_domain_code = ?", BigDecimal.class, co, domain);
            assertThat(cell.programs()).as(domain).isEqualTo(programsThere);
            assertThat(cell.allocated()).as(domain).isEqualByComparingTo(funding);
            assertThat(cell.gap()).as(domain + ": tier 1, so nothing there is a gap").isEqualTo(programsThere == 0);
        }
        int maritime = coverage.domains().stream().map(Coverage.Domain::code).toList().indexOf("MARITIME");
        assertThat(colombia.cells().get(maritime).programs()).as("both programs of the plan").isGreaterThanOrEqualTo(2);
        assertThat(colombia.total().programs()).isEqualTo(jdbc.queryForObject(
                "select count(*) from portfolio_assessment where country_id = ?", Long.class, co));
        assertThat(coverage.regions()).extracting(Coverage.Row::label).anySatisfy(l -> assertThat(l)
                .endsWith(reference.countryByCode("CO").orElseThrow().regionName()));
        // every country's gaps: nothing covers the cell and the country is tier 1 or competitors deliver 25% or more
        for (Coverage.Row row : coverage.countries()) {
            boolean stakes = Integer.valueOf(1).equals(row.tier()) || CompetitionLevel.high(row.competitorsShare());
            assertThat(row.cells()).as(row.label()).allSatisfy(c -> assertThat(c.gap()).isEqualTo(c.empty() && stakes));
        }
        // the fiscal year's allocation only, of the programs whose years span it; the lead agency's programs only
        Coverage fy = views.coverage(new CountryFilter(region, 2027, fixtures.agency("INL")));
        Coverage.Row colombia2027 = fy.countries().stream().filter(r -> "COL".equals(r.code())).findFirst()
                .orElseThrow();
        assertThat(colombia2027.cells().get(maritime).allocated()).isEqualByComparingTo(jdbc.queryForObject(
                "select coalesce(sum(f.allocated), 0) from portfolio_assessment a join program_capability_domain d"
                        + " on d.program_id = a.program_id join portfolio_assessment_funding f"
                        + " on f.program_id = a.program_id and f.fiscal_year = 2027 where a.country_id = ?"
                        + " and d.capability_domain_code = 'MARITIME' and a.lead_agency_id = ?"
                        + " and 2027 between a.first_fiscal_year and a.last_fiscal_year", BigDecimal.class, co,
                fixtures.agency("INL")));
        for (CurrentUser reader : List.of(admin, conductor, evaluator, viewer, otherPlanner)) {
            mvc.perform(get("/portfolio/coverage?regionId=" + region).with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"coverage-countries\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("High-end competition")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-gap=\"true\"")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("SIPRI")));
        }
    }

    @Test
    void theCompetitionViewListsContestedPartnersAgainstTheProgramsThere() throws Exception {
        reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        TestUsers.signIn(viewer);
        PortfolioCompetition view = views.competition(CountryFilter.none());
        assertThat(view.attribution()).contains("SIPRI");
        for (PortfolioCompetition.Row row : view.rows()) {
            assertThat(row.high() || row.rising()).as(row.name()).isTrue();
            assertThat(row.high()).isEqualTo(CompetitionLevel.high(row.competitorsShare()));
            long country = reference.countryByCode(row.code()).orElseThrow().id();
            assertThat(row.programs()).as(row.name()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from portfolio_assessment where country_id = ?", Long.class, country));
            assertThat(row.revamp()).as(row.name()).isEqualTo(jdbc.queryForObject("select count(*) from"
                    + " portfolio_assessment where country_id = ? and recommendation = 'REVAMP'", Long.class, country));
        }
        assertThat(view.rows()).extracting(PortfolioCompetition.Row::competitorsShare).as("most contested first")
                .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));
        for (CurrentUser reader : List.of(admin, conductor, evaluator, viewer, otherPlanner)) {
            mvc.perform(get("/portfolio/competition").with(user(reader))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"sipri-attribution\"")));
        }
    }

    @Test
    void theTableAndAReviewDownloadAsCsvAndXlsxWithTheirDecisions() throws Exception {
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        Decision item = reviews.review(review).items().stream().map(ReviewDetail.Item::decision)
                .filter(d -> d.programId() == failing).findFirst().orElseThrow();
        reviews.decide(review, item.itemId(), item.version(), new DecisionCommand(Recommendation.EXPERIMENT,
                "Mentoring judges may work", "INL Bogota", LocalDate.now().plusMonths(6), "Mentored courts close more",
                "Cases closed", LocalDate.now().plusMonths(12), "No rise after a year", null));
        String title = assessments.assessment(failing).orElseThrow().programTitle();
        String other = assessments.assessment(unmeasured).orElseThrow().programTitle();
        for (CurrentUser reader : List.of(admin, conductor, evaluator, viewer, otherPlanner)) {
            String csv = mvc.perform(get("/portfolio/reviews/" + review + ".csv").with(user(reader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("ID,Program,Country,Priority")
                    .contains("Decided by");
            assertThat(csv.lines().filter(l -> l.contains(title)).findFirst().orElseThrow())
                    .contains("Experiment", "Revamp", "Mentored courts close more", "INL Bogota");
            assertThat(csv).contains(other);
            mvc.perform(get("/portfolio/reviews/" + review + ".xlsx").with(user(reader))).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                            .string("Content-Disposition", org.hamcrest.Matchers.containsString(
                                    "portfolio-review-" + review + ".xlsx")));
            String table = mvc.perform(get("/portfolio.csv?planId=" + plan + "&recommendation=REVAMP")
                    .with(user(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(table).contains(title, "Revamp").doesNotContain(other);
            mvc.perform(get("/portfolio.xlsx?planId=" + plan).with(user(reader))).andExpect(status().isOk());
        }
        mvc.perform(get("/portfolio/reviews/" + review).with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/portfolio/reviews/" + review + ".xlsx")));
        mvc.perform(get("/portfolio/reviews/999999999.csv").with(user(viewer))).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/reviews/" + review + ".pdf").with(user(viewer))).andExpect(status().isNotFound());
        // the table's amounts carry the currency sign, as on the other pages
        mvc.perform(get("/portfolio?planId=" + plan).with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("$800.00")));
    }

    @Test
    void onlyTheReviewsReviewersComputeItAgain() throws Exception {
        long review = reviews.open(new ReviewCommand(ReviewScope.PLAN, plan, null, null, null));
        for (CurrentUser refused : List.of(otherPlanner, evaluator, viewer)) {
            TestUsers.signIn(refused);
            assertThatThrownBy(() -> reviews.recompute(review)).as(refused.getUsername())
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
            mvc.perform(post("/portfolio/reviews/" + review + "/recompute").with(user(refused)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/portfolio/reviews/" + review).with(user(refused))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                            "/portfolio/reviews/" + review + "/recompute"))));
        }
        for (CurrentUser reviewer : List.of(admin, conductor, colleague)) {
            TestUsers.signIn(reviewer);
            reviews.recompute(review);
            mvc.perform(post("/portfolio/reviews/" + review + "/recompute").with(user(reviewer)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/portfolio/reviews/" + review).with(user(reviewer))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "/portfolio/reviews/" + review + "/recompute")));
        }
        TestUsers.signIn(otherPlanner);
        assertThatThrownBy(() -> reviews.recompute(999_999_999L)).as("unknown: 404, not 403")
                .isInstanceOf(org.ssaplanner.shared.NotFoundException.class);
    }
}
