package org.ssaplanner.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.DueResultsService;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Each role's home page shows the work waiting for it, with the count of the list it links to: waivers awaiting
 * a decision for administrators, blocking findings for planners, results due for evaluators (indicator periods
 * ended with no actual); oversight staff have nothing waiting.
 */
@SsaIntegrationTest
class HomeWorkIntegrationTests {

    private static final CurrentUser ADMIN = TestUsers.user(1, "admin", 1, Role.ADMIN);
    private static final CurrentUser PLANNER = TestUsers.user(2, "planner", 1, Role.PLANNER);
    private static final CurrentUser VIEWER = TestUsers.user(3, "viewer", 1, Role.VIEWER);

    @Autowired
    MockMvc mvc;
    @Autowired
    WaiverService waivers;
    @Autowired
    FindingQueryService findings;
    @Autowired
    DueResultsService due;
    @Autowired
    IndicatorService indicators;
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
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdministratorSeesTheWaiversAwaitingADecision() throws Exception {
        String home = home(ADMIN);
        TestUsers.signIn(ADMIN);
        long waiting = waivers.search(new WaiverFilter(null, null, WaiverStatus.REQUESTED, null), PageRequest.of(0, 1))
                .getTotalElements();
        assertThat(home).contains("data-testid=\"home-work\"", "Waivers awaiting a decision",
                "href=\"/waivers?status=REQUESTED\"", ">" + waiting + "<").doesNotContain("Blocking findings");
    }

    @Test
    void aPlannerSeesTheBlockingFindings() throws Exception {
        String home = home(PLANNER);
        TestUsers.signIn(PLANNER);
        long blocking = findings.search(new FindingFilter(null, null, FindingSeverity.BLOCKING, null),
                PageRequest.of(0, 1)).getTotalElements();
        assertThat(home).contains("Blocking findings", "href=\"/compliance?severity=BLOCKING\"", ">" + blocking + "<")
                .doesNotContain("Waivers awaiting a decision").doesNotContain("href=\"/results/due\"");
    }

    @Test
    void anEvaluatorSeesTheResultsDueWithTheTotalOfTheListItLinksTo() throws Exception {
        CurrentUser evaluator = TestUsers.user(4, "evaluator", 1, Role.EVALUATOR);
        anEndedPeriodWithoutAnActual();
        String home = home(evaluator);
        TestUsers.signIn(evaluator);
        long waiting = due.due(DueResultsService.defaultOrder(), PageRequest.of(0, 1)).getTotalElements();
        assertThat(waiting).isPositive();
        assertThat(home).contains("data-testid=\"home-work\"", "Results due", "href=\"/results/due\"",
                ">" + waiting + "<").doesNotContain("Waivers awaiting a decision", "Blocking findings");
        String list = mvc.perform(get("/results/due").with(user(evaluator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(waiting == 1 ? "1 result is due" : waiting + " results are due");
        assertThat(home(ADMIN)).doesNotContain("href=\"/results/due\"");
    }

    /** An active program's indicator whose last period ended yesterday with no actual recorded. */
    private void anEndedPeriodWithoutAnActual() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        long program = programs.create(plan, fixtures.program(PlanningFixtures.unique("Due program "), inl,
                fixtures.authority("INCLE")));
        // the status as a fixture: activation has its own rules, not the subject here
        jdbc.update("update program set status = 'ACTIVE', absorptive_capacity_assessment = 'Partner can absorb it',"
                + " absorptive_capacity_rating = 'MEDIUM', sustainer = 'Partner ministry', sustainment_annual_cost = 0"
                + " where id = ?", program);
        TestUsers.signInAs("evaluator-home", 1, Role.EVALUATOR);
        long indicator = indicators.create(program, new IndicatorCommand("Posts staffed", null, MetricLevel.OUTPUT,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "posts", null, "0", null, null, null, null));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        indicators.savePeriods(program, indicator, indicators.indicator(program, indicator).version(),
                List.of(new PeriodCommand(null, today.minusDays(30), today.minusDays(1), "5", null, null)));
        TestUsers.signOut();
    }

    @Test
    void oversightStaffHaveNothingWaitingAndTheEvaluationCardLinksToTheResults() throws Exception {
        assertThat(home(VIEWER)).doesNotContain("data-testid=\"home-work\"");
        assertThat(home(TestUsers.user(4, "evaluator", 1, Role.EVALUATOR))).contains("href=\"/reports/results\"");
    }

    private String home(CurrentUser who) throws Exception {
        return mvc.perform(get("/").with(user(who))).andReturn().getResponse().getContentAsString();
    }
}
