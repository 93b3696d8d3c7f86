package org.ssaplanner.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.security.Role;

/**
 * A planner's journey in Chromium: creates a country plan and is its conductor, adds an objective,
 * an outcome and two programs with funding lines, accepts a suggested objective category, submits the
 * plan for interagency review, and sees the theory-of-change tree and the portfolio balance.
 */
class PlanningJourneyIntegrationTests extends BrowserTestSupport {

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    String username;
    String password;

    @BeforeEach
    void createPlanner() {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).map(AgencySummary::id).findFirst()
                .orElseThrow();
        username = "journey" + UUID.randomUUID().toString().substring(0, 8);
        CreatedUser created = users.create(new UserCommand(username, "Jordan Journey", null, "Country planner", inl,
                Set.of(Role.PLANNER)));
        password = created.oneTimePassword();
        TestUsers.signOut();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPlannerBuildsACountryPlanAndSubmitsItForInteragencyReview() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        chooseOwnPassword(password);
        assertThat(page.getByTestId("signed-in-user")).hasText(username);

        // a new plan; the planner is preselected as its one conductor
        page.getByTestId("nav-plans").click();
        page.getByTestId("new-plan").click();
        page.fill("#title", "Colombia journey plan " + token);
        page.selectOption("#countryId", new SelectOption().setLabel("Colombia"));
        page.fill("#startFiscalYear", "2027");
        page.fill("#endFiscalYear", "2029");
        page.fill("#desiredEndStates", "Pacific ports free of criminal control; cases reach verdicts.");
        page.click("form[data-testid=plan-form] button[type=submit]");
        assertThat(page.getByTestId("plan-conductor")).containsText("Jordan Journey");
        assertThat(page.getByTestId("plan-status")).hasText("Draft");
        String planUrl = page.url();

        // theory of change: one objective, one outcome
        page.getByTestId("add-objective").click();
        page.fill("#title", "Maritime forces interdict trafficking on the Pacific coast");
        page.selectOption("#category", "OPERATIONAL");
        page.click("form[data-testid=objective-form] button[type=submit]");
        assertThat(page.getByTestId("gap-objective")).isVisible();
        page.getByTestId("add-outcome").click();
        page.fill("#title", "Coast guard stations patrol around the clock");
        page.click("form[data-testid=outcome-form] button[type=submit]");
        assertThat(page.getByTestId("toc-outcome")).containsText("Coast guard stations patrol around the clock");
        assertThat(page.getByTestId("gap-outcome")).isVisible();

        // program 1: the planner picks governance, the taxonomy suggests operational, the planner accepts
        page.getByTestId("add-program").click();
        page.fill("#title", "Interceptor crew training " + token);
        page.selectOption("#assistanceTypeCode", "TRAINING");
        page.selectOption("#authorityIds", new SelectOption().setLabel("INCLE – 22 U.S.C. 2291"));
        page.fill("#newUnitName", "Pacific Coast Guard Station " + token);
        page.selectOption("#newUnitForceType", "COAST_GUARD");
        page.selectOption("#capabilityDomainCodes", "MARITIME");
        page.getByTestId("category-GOVERNANCE").check();
        page.getByTestId("primary-GOVERNANCE").check();
        page.selectOption("#horizon", "TACTICAL");
        page.fill("#startDate", "2027-01-01");
        page.fill("#endDate", "2028-12-31");
        page.getByTestId("save-program").click();
        assertThat(page.getByTestId("program-status")).hasText("Proposed");
        assertThat(page.getByTestId("category-suggestion")).containsText("Operational (primary)");
        page.getByTestId("accept-suggestion").click();
        assertThat(page.getByTestId("program-categories")).containsText("Operational (primary)");
        assertThat(page.getByTestId("program-categories")).containsText("Governance");
        addFunding("2027", "INCLE", "1200000", "1000000", "800000", "300000");
        assertThat(page.getByTestId("funding-table")).containsText("$1,000,000.00");

        // link it to the outcome
        page.navigate(planUrl);
        page.getByTestId("link-program-select").selectOption(new SelectOption().setLabel("Interceptor crew training " + token));
        page.getByTestId("link-program").click();
        assertThat(page.getByTestId("toc-program")).containsText("Interceptor crew training " + token);

        // program 2: the planner fills the categories in from the suggestion on the form
        page.getByTestId("add-program").click();
        page.fill("#title", "Prosecutor mentoring " + token);
        page.selectOption("#assistanceTypeCode", "JUSTICE_SECTOR");
        page.selectOption("#authorityIds", new SelectOption().setLabel("INCLE – 22 U.S.C. 2291"));
        page.selectOption("#recipientTypeCode", "JUSTICE");
        page.selectOption("#horizon", "STRATEGIC");
        page.fill("#startDate", "2027-01-01");
        page.fill("#endDate", "2029-09-30");
        page.getByTestId("form-apply-suggestion").click();
        assertThat(page.getByTestId("form-suggestion")).containsText("Governance");
        assertThat(page.getByTestId("category-GOVERNANCE")).isChecked();
        assertThat(page.getByTestId("primary-GOVERNANCE")).isChecked();
        page.getByTestId("save-program").click();
        assertThat(page.getByTestId("program-categories")).containsText("Governance (primary)");
        addFunding("2028", "INCLE", "500000", "400000", "0", "0");

        // submit the plan and look at the tree and the balance
        page.navigate(planUrl);
        page.getByTestId("plan-action-submit").click();
        assertThat(page.getByTestId("plan-status")).hasText("Interagency review");
        assertThat(page.getByTestId("theory-of-change")).containsText("Maritime forces interdict trafficking");
        assertThat(page.getByTestId("toc-outcome")).containsText("Interceptor crew training " + token);
        assertThat(page.getByTestId("gap-programs")).containsText("Prosecutor mentoring " + token);
        assertThat(page.getByTestId("balance-category").locator("tr", new Locator.LocatorOptions()
                .setHasText("Operational"))).containsText("$1,000,000.00");
        assertThat(page.getByTestId("balance-category").locator("tr", new Locator.LocatorOptions()
                .setHasText("Governance"))).containsText("$400,000.00");
        assertThat(page.getByTestId("balance-horizon").locator("tr", new Locator.LocatorOptions()
                .setHasText("Strategic"))).containsText("$500,000.00");
    }

    private void addFunding(String fiscalYear, String account, String requested, String allocated, String obligated,
            String disbursed) {
        page.fill("#fiscalYear", fiscalYear);
        page.fill("#fundingAccount", account);
        page.fill("#requested", requested);
        page.fill("#allocated", allocated);
        page.fill("#obligated", obligated);
        page.fill("#disbursed", disbursed);
        page.getByTestId("save-funding").click();
        assertThat(page.getByTestId("funding-table")).containsText("FY" + fiscalYear);
    }
}
