package org.ssaplanner.interchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
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
 * Issue 13 item 4 in Chromium: on the El Salvador country picture (the real FA.gov file imported, a country plan for
 * El Salvador made here) the administrator and the plan's conductor see "Create program" on the imported activities
 * and reach the pre-filled form by clicking it; the conductor saves a program linked to the activity. A viewer sees
 * no action but is told who creates programs. After a failed save, opening the form's address again gives the form
 * (issue 13 item 7). Screenshots in target/screenshots/program-from-activity-*.png.
 */
class ProgramFromActivityBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    ImportService imports;
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
    ImportedActivityLinks links;

    @BeforeAll
    void importElSalvador() throws Exception {
        assertThat(ImportFixtures.importAndWait(imports, SharedData.faGov("El_Salvador_2022-2002_Econ_Other.csv"))
                .status()).isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signOut();
    }

    @Test
    void theAdministratorAndTheConductorClickCreateProgramOnAnActivityAndTheProgramIsLinkedToIt() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        CreatedUser conductorAccount = users.create(new UserCommand(
                PlanningFixtures.unique("activity.conductor.").toLowerCase(), "Cleo Conductor", null, null, inl,
                Set.of(Role.PLANNER)));
        CreatedUser viewerAccount = users.create(new UserCommand(
                PlanningFixtures.unique("activity.viewer.").toLowerCase(), "Vic Viewer", null, null, inl,
                Set.of(Role.VIEWER)));
        CurrentUser conductor = TestUsers.user(conductorAccount.id(), conductorAccount.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "SV", Set.of(inl));
        TestUsers.signOut();
        Pattern newProgramForm = Pattern.compile(".*/plans/" + planId + "/programs/new\\?importedActivity=SLV(:|%3A).+");

        // the administrator: every activity row offers the action, and clicking it opens the plan's pre-filled form
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/countries/SLV");
        Locator rows = page.getByTestId("activities").locator("tbody tr");
        assertThat(rows).hasCount(25);
        // every activity published with an id offers the action (one without an id cannot be found again)
        long withId = rows.locator("code").allTextContents().stream().filter(id -> !id.isBlank()).count();
        assertThat(withId).isPositive();
        assertThat(page.getByTestId("activities").getByTestId("create-program")).hasCount((int) withId);
        Locator first = withAction().first();
        String firstActivity = first.locator("code").textContent().trim();
        first.getByTestId("create-program").click();
        assertThat(page).hasURL(newProgramForm);
        assertThat(page.getByTestId("source-activity")).containsText(firstActivity);
        signOut();

        // the conductor: clicks the action of the second activity and saves the program
        signInFirstTime(conductorAccount.username(), conductorAccount.oneTimePassword());
        page.navigate("/countries/SLV");
        Locator second = withAction().nth(1);
        String activityId = second.locator("code").textContent().trim();
        assertThat(second.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Create program: .+")))).isVisible();
        screenshot("program-from-activity-country");
        second.getByTestId("create-program").click();
        assertThat(page).hasURL(newProgramForm);
        assertThat(page.getByTestId("source-activity")).containsText(activityId);
        assertThat(page.locator("#title")).not().hasValue("");

        // a failed save, then the form's address opened again (what reloading from the address bar does): the form
        String title = page.locator("#title").inputValue();
        page.fill("#title", "");
        page.getByTestId("save-program").click();
        assertThat(page.locator(".invalid-feedback").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/plans/" + planId + "/programs$"));
        page.navigate(page.url());
        assertThat(page.locator("h1")).hasText("New program");
        assertThat(page.getByTestId("save-program")).isVisible();

        page.navigate("/countries/SLV");
        withAction().nth(1).getByTestId("create-program").click();
        assertThat(page).hasURL(newProgramForm);
        page.fill("#title", title);
        page.selectOption("#leadAgencyId", String.valueOf(inl));
        page.selectOption("#assistanceTypeCode", "TRAINING");
        page.selectOption("#authorityIds", new SelectOption().setLabel("INCLE – 22 U.S.C. 2291"));
        page.selectOption("#recipientTypeCode", "JUSTICE");
        page.getByTestId("category-GOVERNANCE").check();
        page.getByTestId("primary-GOVERNANCE").check();
        page.selectOption("#horizon", "STRATEGIC");
        page.fill("#startDate", "2027-01-01");
        page.fill("#endDate", "2028-12-31");
        page.getByTestId("save-program").click();
        assertThat(page).hasURL(Pattern.compile(".*/programs/\\d+$"));
        assertThat(page.locator("main")).containsText("Created from published ForeignAssistance.gov data");
        assertThat(page.locator("main")).containsText(activityId);
        screenshot("program-from-activity-program");
        long programId = Long.parseLong(page.url().replaceAll(".*/programs/(\\d+)$", "$1"));
        signOut();

        TestUsers.signIn(conductor);
        try {
            assertThat(links.sourcesOf(programId)).singleElement().satisfies(source -> {
                assertThat(source.countryCode()).isEqualTo("SLV");
                assertThat(source.activityId()).isEqualTo(activityId);
                assertThat(source.sourceRows()).isPositive();
            });
        } finally {
            TestUsers.signOut();
        }

        // a viewer: no action, and the page says who creates programs from these activities
        signInFirstTime(viewerAccount.username(), viewerAccount.oneTimePassword());
        page.navigate("/countries/SLV");
        assertThat(page.getByTestId("activities").locator("tbody tr")).hasCount(25);
        assertThat(page.getByTestId("create-program")).hasCount(0);
        assertThat(page.getByTestId("program-hint")).containsText("the conductor of the country plan");
        screenshot("program-from-activity-viewer");
    }

    /** The activity rows that offer the action. */
    private Locator withAction() {
        return page.getByTestId("activities").locator("tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.getByTestId("create-program")));
    }
}
