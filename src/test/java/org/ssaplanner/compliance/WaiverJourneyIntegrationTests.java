package org.ssaplanner.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
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
 * The FAA s.660 journey in Chromium: a planner adds a police-training program, sees the blocking
 * finding, requests a waiver; an administrator approves it; the finding clears and the waiver
 * pressure report counts the waiver.
 */
class WaiverJourneyIntegrationTests extends BrowserTestSupport {

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
    WaiverPressureService waiverPressure;

    @Test
    void aPoliceTrainingProgramIsBlockedUntilItsS660WaiverIsApproved() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        String username = PlanningFixtures.unique("waiver.planner.").toLowerCase();
        CreatedUser planner = users.create(new UserCommand(username, "Pat Police-Planner", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(planner.id(), planner.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "CO", Set.of(inl));
        long grantedBefore = grantedFaa660();
        TestUsers.signOut();
        String title = PlanningFixtures.unique("Community police training ");

        signInFirstTime(username, planner.oneTimePassword());
        page.navigate("/plans/" + planId);
        page.getByTestId("add-program").click();
        page.fill("#title", title);
        page.selectOption("#assistanceTypeCode", "TRAINING");
        page.selectOption("#authorityIds", new SelectOption().setLabel("INCLE – 22 U.S.C. 2291"));
        page.selectOption("#recipientTypeCode", "POLICE");
        page.selectOption("#capabilityDomainCodes", "GOVERNANCE_RULE_OF_LAW");
        page.getByTestId("category-GOVERNANCE").check();
        page.getByTestId("primary-GOVERNANCE").check();
        page.selectOption("#horizon", "STRATEGIC");
        page.fill("#startDate", "2027-01-01");
        page.fill("#endDate", "2028-12-31");
        page.getByTestId("save-program").click();
        assertThat(page.getByTestId("program-status")).hasText("Proposed");
        String programUrl = page.url();
        long programId = Long.parseLong(programUrl.replaceAll(".*/programs/(\\d+).*", "$1"));

        Locator s660 = page.locator(".compliance-findings tr", new Page.LocatorOptions()
                .setHasText("22 U.S.C. 2420"));
        assertThat(s660).containsText("Blocking");
        assertThat(s660).containsText("none is active");
        screenshot("waiver-journey-blocked");

        s660.getByText("Request a waiver or claim an exception").click();
        page.getByLabel("Justification").fill("Community policing in conflict-affected municipalities; "
                + "notwithstanding authority in the appropriations act.");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit request")).click();
        String waiverUrl = page.url();
        signOut();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signIn("admin", "Test-Admin-Password-1");
        page.navigate(waiverUrl);
        page.getByLabel("Approving official's name").fill("Jane Doe");
        page.getByLabel("Approving official's title").fill("Deputy Secretary of State");
        page.getByLabel("Effective date").fill(today.toString());
        page.getByLabel("Expiry date").fill(today.plusYears(2).toString());
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator("main")).containsText("Jane Doe");

        // the waiver list filters with htmx: the results change, the page is not reloaded, the URL follows
        String waiverId = waiverUrl.substring(waiverUrl.lastIndexOf('/') + 1);
        page.navigate("/waivers");
        page.evaluate("window.notReloaded = true");
        page.selectOption("#status", "APPROVED");
        assertThat(page).hasURL(Pattern.compile(".*/waivers\\?.*status=APPROVED.*"));
        assertThat(page.locator("[data-testid=waiver-results]")).containsText("22 U.S.C. 2420");
        assertThat(page.locator("[data-testid=waiver-results] a", new Page.LocatorOptions().setHasText(Pattern.compile("^" + waiverId + "$"))))
                .not().hasCount(0);
        Assertions.assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
        page.selectOption("#status", "REJECTED");
        assertThat(page).hasURL(Pattern.compile(".*status=REJECTED.*"));
        assertThat(page.locator("[data-testid=waiver-results] a", new Page.LocatorOptions().setHasText(Pattern.compile("^" + waiverId + "$"))))
                .hasCount(0);
        Assertions.assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);

        page.navigate("/programs/" + programId);
        assertThat(s660).containsText("Satisfied by waiver");
        assertThat(page.locator(".compliance-findings")).not().containsText("Blocking");
        screenshot("waiver-journey-cleared");

        page.navigate("/reports/waiver-pressure");
        assertThat(page.locator("main")).containsText("22 U.S.C. 2420");
        screenshot("waiver-journey-report");
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        try {
            Assertions.assertThat(grantedFaa660()).isEqualTo(grantedBefore + 1);
        } finally {
            TestUsers.signOut();
        }
    }

    private long grantedFaa660() {
        return waiverPressure.report(null, null, null).totals().stream()
                .filter(t -> t.restrictionCode().equals("FAA_660"))
                .mapToLong(WaiverPressureReport.Total::waiversGranted).sum();
    }
}
