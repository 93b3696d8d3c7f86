package org.ssaplanner.workforce;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 16 in Chromium: a planner sees the plan's workforce shortfall on the plan page, assigns a person of their
 * agency to a program (a bad FTE first, refused next to the field), and the shortfall on the plan page shrinks;
 * screenshot in target/screenshots/workforce-plan.png.
 */
class WorkforceBrowserIntegrationTests extends BrowserTestSupport {

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
    WorkforceService workforce;
    @Autowired
    AssignmentService assignments;

    @Test
    void aPlannerAssignsAPersonToAProgramAndTheShortfallOnThePlanPageShrinks() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        String username = PlanningFixtures.unique("workforce.planner.").toLowerCase();
        CreatedUser planner = users.create(new UserCommand(username, "Wes Workforce-Planner", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(planner.id(), planner.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "EC", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(conductor);
        long program = programs.create(planId, fixtures.program(PlanningFixtures.unique("Border police "), inl,
                fixtures.authority("INCLE")));
        assignments.setWorkload(planId, program, -1, new WorkloadCommand(BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null));
        String name = PlanningFixtures.unique("Carla Núñez ");
        long person = workforce.addPerson(new PersonCommand(name, inl, WorkforceCategory.FOREIGN_SERVICE, null, null,
                null, null));
        TestUsers.signOut();

        signInFirstTime(username, planner.oneTimePassword());
        page.navigate("/plans/" + planId);
        sectionOnDemand("plan-workforce", "plan-workforce");
        assertThat(page.getByTestId("workforce-shortfall-2027")).hasText("1.00");
        page.getByTestId("open-plan-workforce").click();
        assertThat(page.locator("h1")).containsText("Workforce");

        // the form offers at most a page of the plan's people: find the person by name first
        page.fill("#find", name);
        page.getByTestId("assignment-find-submit").click();
        assertThat(page.locator("#personId option[value='" + person + "']")).hasCount(1);
        page.selectOption("#personId", String.valueOf(person));
        page.selectOption("#programId", String.valueOf(program));
        page.selectOption("#fiscalYear", "2027");
        page.selectOption("#role", "MANAGER");
        page.fill("#fte", "1.5");
        page.getByTestId("save-assignment").click();
        assertThat(page.locator("#fte-error")).isVisible();
        assertThat(page.getByTestId("capacity-shortfall-2027")).hasText("1.00");

        page.fill("#fte", "0.6");
        page.getByTestId("save-assignment").click();
        assertThat(page.locator("[role=status]").first()).containsText("Assignment saved.");
        assertThat(page.getByTestId("plan-assignment")).containsText(name);
        assertThat(page.getByTestId("capacity-shortfall-2027")).hasText("0.40");
        screenshot("workforce-plan");

        page.navigate("/plans/" + planId);
        sectionOnDemand("plan-workforce", "plan-workforce");
        assertThat(page.getByTestId("workforce-shortfall-2027")).hasText("0.40");
        assertThat(page.getByTestId("workforce-shortfall-2028")).hasText("1.00");
    }
}
