package org.ssaplanner.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * Issue 13 item 1 in Chromium: a planner adds an INCLE counternarcotics program for a police unit; its page shows the
 * FAA s.660 finding excepted by s.660(b)(1) through INCLE, not Blocking, and the INCLE catalogue page shows the
 * exception it carries.
 */
class StatutoryExceptionBrowserIntegrationTests extends BrowserTestSupport {

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

    @Test
    void aNewIncleProgramForPoliceShowsTheStatutoryExceptionNotBlocking() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        long incle = fixtures.authority("INCLE");
        String username = PlanningFixtures.unique("exception.planner.").toLowerCase();
        CreatedUser planner = users.create(new UserCommand(username, "Nora Narcotics-Planner", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(planner.id(), planner.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signOut();

        signInFirstTime(username, planner.oneTimePassword());
        page.navigate("/plans/" + planId);
        page.getByTestId("add-program").click();
        page.fill("#title", PlanningFixtures.unique("Antinarcotics police investigations "));
        page.selectOption("#assistanceTypeCode", "TRAINING");
        page.selectOption("#authorityIds", new SelectOption().setLabel("INCLE – 22 U.S.C. 2291"));
        page.selectOption("#recipientTypeCode", "POLICE");
        page.selectOption("#capabilityDomainCodes", "COUNTERNARCOTICS");
        page.getByTestId("category-OPERATIONAL").check();
        page.getByTestId("primary-OPERATIONAL").check();
        page.selectOption("#horizon", "STRATEGIC");
        page.fill("#startDate", "2027-01-01");
        page.fill("#endDate", "2028-12-31");
        page.getByTestId("save-program").click();
        assertThat(page.getByTestId("program-status")).hasText("Proposed");

        Locator s660 = page.locator(".compliance-findings tr", new Page.LocatorOptions().setHasText("22 U.S.C. 2420"));
        assertThat(s660).containsText("Satisfied by exception");
        assertThat(s660).containsText("Excepted by FAA s.660(b)(1) through INCLE (22 U.S.C. 2291)");
        assertThat(s660).not().containsText("Blocking");
        assertThat(s660.getByTestId("request-waiver")).hasCount(0);
        assertThat(page.locator(".compliance-findings")).not().containsText("Blocking");
        screenshot("statutory-exception-program");

        page.navigate("/authorities/" + incle);
        Locator carried = page.getByTestId("carried-NARCOTICS_DEA_FBI");
        assertThat(carried).containsText("FAA s.660(b)(1)");
        assertThat(carried).containsText("narcotics-control assistance");
        assertThat(carried).containsText("capability_domain = COUNTERNARCOTICS");
        assertThat(page.getByTestId("carry-exception-form")).hasCount(0);
        screenshot("statutory-exception-authority");
        signOut();

        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/authorities/" + incle);
        assertThat(page.getByTestId("carry-exception-form")).isVisible();
        page.getByTestId("carry-exception-form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Record exception")).click();
        assertThat(page.locator("#exceptionId-error")).isVisible();
        assertThat(page.locator("#scope-error")).isVisible();
    }
}
