package org.ssaplanner.countryteam;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Issue 14 section 3 in Chromium: a planner opens the country team from the country page, is told what is missing
 * next to each field, adds a person whose tour ends soon (flagged), and as the plan's conductor names them a point
 * of contact, which the plan page shows; screenshots in target/screenshots/country-team-*.png.
 */
class CountryTeamBrowserIntegrationTests extends BrowserTestSupport {

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
    void aPlannerAddsAPersonToTheCountryTeamAndNamesThemThePlansPointOfContact() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        String username = PlanningFixtures.unique("team.planner.").toLowerCase();
        CreatedUser planner = users.create(new UserCommand(username, "Tess Team-Planner", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(planner.id(), planner.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "EC", Set.of(inl));
        TestUsers.signOut();
        String name = PlanningFixtures.unique("INL Section Chief ");
        LocalDate tourEnd = LocalDate.now(ZoneOffset.UTC).plusMonths(3);

        signInFirstTime(username, planner.oneTimePassword());
        page.navigate("/countries/ECU");
        page.getByTestId("country-team-link").getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Country team: Ecuador");
        page.getByTestId("add-member").click();
        // nothing filled in: each message next to its field, nothing saved
        page.fill("#tourStart", "2026-05-01");
        page.fill("#tourEnd", "2026-04-01");
        page.getByTestId("save-member").click();
        assertThat(page.locator("#role-error")).isVisible();
        assertThat(page.locator("#name-error")).isVisible();
        assertThat(page.locator("#agencyId-error")).isVisible();
        assertThat(page.locator("#tourEnd-error")).hasText("The tour cannot end before it starts.");
        assertAccessible();

        page.selectOption("#role", "INL_SECTION");
        page.fill("#name", name);
        page.selectOption("#agencyId", String.valueOf(inl));
        page.fill("#contact", "inl-quito@embassy.example");
        page.fill("#tourStart", "2024-08-01");
        page.fill("#tourEnd", tourEnd.toString());
        page.getByTestId("save-member").click();

        assertThat(page.locator("[role=status]").first()).containsText("Country team saved.");
        Locator row = page.getByTestId("team-member").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).containsText("INL section");
        assertThat(row).containsText("inl-quito@embassy.example");
        assertThat(row.getByTestId("tour-ending")).isVisible();
        assertThat(page.getByTestId("tours-ending")).containsText(name);
        assertThat(page.getByTestId("team-history")).containsText("Person: " + name);
        assertAccessible();
        screenshot("country-team-roster");

        page.navigate("/plans/" + planId);
        Locator section = sectionOnDemand("plan-team", "plan-country-team");
        assertThat(section).containsText(name);
        assertThat(section.getByTestId("plan-contacts")).containsText("not named");
        section.getByTestId("name-contacts").click();
        page.getByLabel("INL section: " + name + " (INL)").check();
        page.getByTestId("save-contacts").click();
        assertThat(page.getByTestId("plan-contact")).containsText(name);
        assertThat(page.getByTestId("plan-contacts")).containsText("1 point of contact named by the conductor");
        assertAccessible();
        screenshot("country-team-plan");
    }
}
