package org.ssaplanner.suggestions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14 section 2 in Chromium: the conductor sees who else could help on the plan page, is asked for a reason
 * when dismissing (next to the field), dismisses one suggestion (the reason then shows to a reviewer) and invites
 * another, which then takes part; screenshots in target/screenshots/suggestions-*.png.
 */
class SuggestionsBrowserIntegrationTests extends BrowserTestSupport {

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
    void theConductorDismissesOneSuggestionWithAReasonAndInvitesAnother() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        String username = PlanningFixtures.unique("suggest.planner.").toLowerCase();
        CreatedUser planner = users.create(new UserCommand(username, "Sam Suggest-Planner", null, null, inl,
                Set.of(Role.PLANNER)));
        CurrentUser conductor = TestUsers.user(planner.id(), planner.username(), inl, Role.PLANNER);
        long planId = fixtures.plan(conductor, "PE", Set.of(inl));
        TestUsers.signIn(conductor);
        programs.create(planId, ProgramCommandBuilder.program(PlanningFixtures.unique("Riverine patrol training "),
                inl, fixtures.authority("INCLE")).assistanceType("TRAINING").domains("MARITIME")
                .recipientType("COAST_GUARD").build());
        fixtures.signInAsAdmin();
        String reviewerName = PlanningFixtures.unique("reviewer.").toLowerCase();
        CreatedUser reviewer = users.create(new UserCommand(reviewerName, "Rita Reviewer", null, null, inl,
                Set.of(Role.VIEWER)));
        TestUsers.signOut();

        signInFirstTime(username, planner.oneTimePassword());
        page.navigate("/plans/" + planId);
        Locator panel = sectionOnDemand("plan-suggestions", "plan-suggestions");
        Locator coastGuard = panel.locator("[data-agency=USCG]");
        assertThat(coastGuard).containsText("Training × Maritime (1 program)");
        assertThat(coastGuard).containsText("no security-assistance budget of its own");
        assertThat(coastGuard).containsText("22 U.S.C. 2291 (INCLE)");
        assertAccessible();
        screenshot("suggestions-plan-panel");

        coastGuard.getByTestId("dismiss-USCG").click();
        page.getByTestId("confirm-dismiss").click();
        assertThat(page.locator("#reason-error")).isVisible();
        page.getByTestId("dismiss-reason").fill("Peru's coast guard is already trained under the regional program");
        page.getByTestId("confirm-dismiss").click();
        assertThat(page.locator("[role=status]").first()).containsText("Suggestion dismissed");
        assertThat(page.getByTestId("dismissed")).containsText("already trained under the regional program");
        assertThat(page.locator("[data-testid=suggestion][data-agency=USCG]")).hasCount(0);

        Locator fbi = page.locator("[data-testid=suggestion][data-agency=FBI]");
        assertThat(fbi).containsText("Often overlooked");
        fbi.getByTestId("invite-FBI").click();
        assertThat(page.locator("[role=status]").first()).containsText("Agency invited");
        assertThat(page.locator("[data-testid=suggestion][data-agency=FBI]")).hasCount(0);
        assertAccessible();
        screenshot("suggestions-list");
        page.navigate("/plans/" + planId);
        assertThat(page.locator("dl")).containsText("FBI");
        signOut();

        // a later reviewer reads the reason and cannot act
        signInFirstTime(reviewerName, reviewer.oneTimePassword());
        page.navigate("/plans/" + planId + "/suggestions");
        assertThat(page.getByTestId("dismissed")).containsText("already trained under the regional program");
        assertThat(page.getByTestId("dismissed")).containsText(username);
        assertThat(page.locator("[data-testid^=invite-]")).hasCount(0);
    }
}
