package org.ssaplanner.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.BrowserTestSupport;

/**
 * The foundation journey in Chromium: an administrator creates an agency and a planner in it; the
 * planner signs in, sees the planner home page, and is refused the administration pages.
 */
class AdministrationJourneyIntegrationTests extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminCreatesAgencyAndPlannerWhoSignsInAndIsKeptOutOfAdministration() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String agencyCode = "JRN" + suffix;
        String username = "journey.planner." + suffix.toLowerCase();

        signIn("admin", "Test-Admin-Password-1");
        assertThat(page.getByTestId("signed-in-user")).hasText("admin");
        // the session lives in PostgreSQL, not in this instance's memory
        Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = 'admin'", Integer.class)).isPositive();

        page.navigate("/admin/agencies/new");
        page.getByLabel("Code").fill(agencyCode);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey Test Bureau " + suffix);
        page.getByLabel("Parent agency").selectOption(new SelectOption().setLabel("\u00a0\u00a0INL – Bureau of International Narcotics and Law Enforcement Affairs"));
        page.getByLabel("Kind").selectOption("BUREAU");
        page.getByLabel("Training / Counternarcotics").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("h1")).hasText("Journey Test Bureau " + suffix);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Agency created");

        page.navigate("/admin/agencies/99999999");
        assertThat(page.getByTestId("error-404")).isVisible();
        assertThat(page.locator("body")).not().containsText("Exception");

        page.navigate("/admin/users/new");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Full name").fill("Journey Planner");
        page.getByLabel("Agency").selectOption(new SelectOption().setLabel("\u00a0\u00a0\u00a0\u00a0" + agencyCode + " – Journey Test Bureau " + suffix));
        page.getByLabel("Planner").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        String password = page.getByTestId("one-time-password").textContent().trim();
        screenshot("admin-user-created");

        signOut();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out");

        // the generated password is one-time: the planner chooses their own first (issue 12)
        signInFirstTime(username, password);
        assertThat(page.locator("h1")).hasText("Welcome, Journey Planner");
        assertThat(page.getByTestId("home-agency")).containsText(agencyCode);
        assertThat(page.getByTestId("home-roles")).containsText("Planner");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))).hasCount(0);
        screenshot("planner-home");

        page.navigate("/admin/users");
        assertThat(page.getByTestId("error-403")).isVisible();
        assertThat(page.locator("h1")).hasText("Not allowed");
        screenshot("planner-forbidden");
    }
}
