package org.ssaplanner.portfolio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 15 in Chromium: a reviewer (a planner of the agency conducting a Colombia plan) opens the plan's portfolio
 * review, sees a program recommended for revamp with its reasons, records an experiment instead with its hypothesis
 * and indicator (told first what an experiment needs), and finds the decision on the program page; screenshots in
 * target/screenshots/portfolio-*.png.
 */
class PortfolioJourneyBrowserIntegrationTests extends BrowserTestSupport {

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
    JdbcTemplate jdbc;

    @Test
    void aReviewerRecordsAnExperimentInsteadOfTheRecommendedRevamp() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        String username = PlanningFixtures.unique("reviewer.").toLowerCase();
        CreatedUser reviewer = users.create(new UserCommand(username, "Rita Reviewer", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(reviewer.id(), reviewer.username(), inl, Role.PLANNER);
        long plan = fixtures.plan(conductor, "CO", Set.of(inl));
        String planTitle = jdbc.queryForObject("select title from country_plan where id = ?", String.class, plan);
        TestUsers.signIn(conductor);
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Justice institutions resolve organized-crime cases", null));
        long outcome = plans.addOutcome(plan, objective, new OutcomeCommand("Cases reach verdicts", null));
        String title = PlanningFixtures.unique("Prosecutor mentoring ");
        long program = programs.create(plan, fixtures.program(title, inl, fixtures.authority("INCLE")));
        TestUsers.signIn(conductor);
        plans.linkProgram(plan, outcome, program);
        priorities.setObjectivePriority(plan, objective, -1, 1, "The ports stay under criminal control");
        TestUsers.signInAs("evaluator", inl, Role.EVALUATOR);
        long indicator = indicators.create(program, new IndicatorCommand("Cases reaching a verdict", null,
                MetricLevel.OUTCOME, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "12",
                LocalDate.of(2024, 12, 31), "Case system", outcome, null));
        indicators.savePeriods(program, indicator, indicators.indicator(program, indicator).version(), List.of(
                new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "40", "16", null)));
        TestUsers.signOut();

        signInFirstTime(username, reviewer.oneTimePassword());
        page.navigate("/plans/" + plan);
        sectionOnDemand("plan-portfolio", "plan-portfolio").getByText("Review this plan").click();
        page.selectOption("[data-testid=review-plan]", String.valueOf(plan));
        page.getByTestId("open-review").click();
        assertThat(page.locator("[role=status]").first()).containsText("Review opened");
        assertThat(page.getByTestId("review-title")).containsText(planTitle);
        Locator item = page.getByTestId("review-item-" + program);
        assertThat(item.getByTestId("recommendation-badge").first()).hasText("Revamp");
        assertThat(item.getByTestId("reasons")).containsText("priority 1, performance off track");
        assertThat(item.getByTestId("reasons")).containsText("→ revamp (High stakes, not working)");
        assertAccessible();
        screenshot("portfolio-review");

        item.getByTestId("decide").click();
        page.getByTestId("decision-EXPERIMENT").check();
        page.getByTestId("decision-owner").fill("INL Bogotá, rule-of-law advisor");
        page.getByTestId("decision-follow-up").fill(LocalDate.now().plusMonths(6).toString());
        page.getByTestId("save-decision").click();
        // what an experiment needs, next to each field; nothing saved
        assertThat(page.locator("#reason-error")).isVisible();
        assertThat(page.locator("#hypothesis-error")).hasText("An experiment needs its hypothesis.");
        assertThat(page.locator("#successIndicator-error")).isVisible();
        assertThat(page.locator("#stopCriterion-error")).isVisible();
        assertAccessible();

        page.getByTestId("decision-reason").fill("Mentoring judges may work where training prosecutors did not");
        page.getByTestId("decision-hypothesis").fill("Courts with a mentor close more organized-crime cases");
        page.getByTestId("decision-indicator").fill("Cases reaching a verdict");
        page.getByTestId("decision-review-date").fill(LocalDate.now().plusMonths(12).toString());
        page.getByTestId("decision-stop").fill("No rise in verdicts after twelve months");
        page.getByTestId("save-decision").click();
        assertThat(page.locator("[role=status]").first()).containsText("Decision recorded.");
        assertThat(page.getByTestId("review-item-" + program).getByTestId("decision")).containsText("Experiment");
        assertThat(page.getByTestId("review-item-" + program).getByTestId("decision"))
                .containsText("differs from the recommendation");

        page.navigate("/programs/" + program);
        Locator section = page.getByTestId("program-portfolio");
        assertThat(section.getByTestId("program-decision")).containsText("Experiment");
        assertThat(section.getByTestId("program-decision-hypothesis"))
                .containsText("Courts with a mentor close more organized-crime cases");
        assertThat(section.getByTestId("program-decision-hypothesis")).containsText("Cases reaching a verdict");
        assertAccessible();
        screenshot("portfolio-program");
    }
}
