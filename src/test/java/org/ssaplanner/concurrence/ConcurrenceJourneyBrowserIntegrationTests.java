package org.ssaplanner.concurrence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 1 in Chromium: the conductor submits a plan with a due date, the DSCA official does not concur
 * (with reasons, naming the objective concerned), the OPDAT official concurs; the conductor cannot approve; an
 * administrator approves over the non-concurrence with a justification that the plan page then shows. And: after a
 * non-concurrence the conductor returns the plan to draft, changes a program and its funding and resubmits; the
 * officials see what changed since their agency last answered, concur, and the conductor approves.
 */
class ConcurrenceJourneyBrowserIntegrationTests extends BrowserTestSupport {

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

    CreatedUser conductor;
    CreatedUser dscaOfficial;
    CreatedUser opdatOfficial;
    long plan;
    String title;

    @BeforeEach
    void aDraftPlanOfInlWithDscaAndOpdatAndTheirOfficials() {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        long inl = agency("INL");
        long dsca = agency("DSCA");
        long opdat = agency("OPDAT");
        conductor = users.create(new UserCommand(PlanningFixtures.unique("cond").toLowerCase(), "Casey Conductor",
                null, null, inl, Set.of(Role.PLANNER)));
        dscaOfficial = users.create(new UserCommand(PlanningFixtures.unique("dsca").toLowerCase(), "Dana Defense",
                null, null, dsca, Set.of(Role.EVALUATOR)));
        opdatOfficial = users.create(new UserCommand(PlanningFixtures.unique("opdat").toLowerCase(), "Omar Justice",
                null, null, opdat, Set.of(Role.PLANNER)));
        users.setConcurrenceOfficial(dscaOfficial.id(), true);
        users.setConcurrenceOfficial(opdatOfficial.id(), true);
        title = PlanningFixtures.unique("Concurrence journey ");
        TestUsers.signIn(TestUsers.user(conductor.id(), conductor.username(), inl, Role.PLANNER));
        plan = plans.create(new PlanCommand(reference.countryByCode("CO").orElseThrow().id(), title, 2027, 2029,
                "Ports free of criminal control", conductor.id(), Set.of(dsca, opdat)));
        plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL, "Interdiction at sea", null));
        TestUsers.signOut();
    }

    @Test
    void theAgenciesAnswerAndAnAdministratorApprovesOverTheNonConcurrence() {
        // the conductor submits with a due date
        String conductorPassword = signInFirstTime(conductor.username(), conductor.oneTimePassword());
        page.navigate("/plans/" + plan);
        page.getByTestId("review-due-date").fill(LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        page.getByTestId("plan-action-submit").click();
        assertThat(page.getByTestId("plan-status")).hasText("Interagency review");
        assertThat(page.getByTestId("plan-concurrence")).containsText("0 of 3 concurred");
        signOut();

        // DSCA does not concur, with reasons about the objective
        signInFirstTime(dscaOfficial.username(), dscaOfficial.oneTimePassword());
        page.navigate("/plans/" + plan);
        page.getByTestId("concurrence-answer-link").click();
        page.getByTestId("answer-NON_CONCUR").check();
        page.getByTestId("answer-comments").fill("No sustainment plan for the interceptor boats.");
        page.locator("[data-testid^=concern-objective-]").first().check();
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=DSCA]"))
                .containsText("Does not concur");
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=DSCA]"))
                .containsText("Interdiction at sea");
        assertAccessible();
        signOut();

        // OPDAT concurs
        signInFirstTime(opdatOfficial.username(), opdatOfficial.oneTimePassword());
        page.navigate("/plans/" + plan + "/concurrence");
        page.getByTestId("answer-CONCUR").check();
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=OPDAT]")).containsText("Concurs");
        signOut();

        // the conductor cannot approve alone; the plan list shows how far the review came
        signIn(conductor.username(), conductorPassword);
        page.navigate("/plans/" + plan);
        assertThat(page.getByTestId("plan-action-approve")).hasCount(0);
        assertThat(page.getByTestId("plan-approval-by-others")).isVisible();
        page.navigate("/plans?status=INTERAGENCY_REVIEW&size=100");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))
                .getByTestId("plan-review-progress")).containsText("1 of 3 concurred, non-concurrence");
        signOut();

        // the administrator approves over the non-concurrence, with a justification kept on the plan
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/plans/" + plan);
        assertThat(page.getByTestId("approval-reasons")).containsText("DSCA does not concur.");
        page.getByTestId("plan-action-approve").click();
        page.getByTestId("approval-justification")
                .fill("Approved over the non-concurrence of DSCA because the partner funds the boats' sustainment.");
        page.getByTestId("approve-over-objections").click();
        assertThat(page.getByTestId("plan-status")).hasText("Approved");
        assertThat(page.getByTestId("concurrence-override"))
                .containsText("because the partner funds the boats' sustainment");
        assertAccessible();
    }

    @Test
    void theConductorChangesAProgramAfterANonConcurrenceAndTheOfficialsSeeWhatChangedAndConcur() {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        CreatedUser inlOfficial = users.create(new UserCommand(PlanningFixtures.unique("inl").toLowerCase(),
                "Ines Narcotics", null, null, agency("INL"), Set.of(Role.PLANNER)));
        users.setConcurrenceOfficial(inlOfficial.id(), true);
        long opdat = agency("OPDAT");
        TestUsers.signIn(TestUsers.user(conductor.id(), conductor.username(), agency("INL"), Role.PLANNER));
        long incle = programs.authorityOptions().stream().filter(a -> a.shortName().equals("INCLE")).findFirst()
                .orElseThrow().id();
        String programTitle = PlanningFixtures.unique("Coast guard boats ");
        long program = programs.create(plan, ProgramCommandBuilder.program(programTitle, agency("INL"), incle)
                .build());
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("500000"),
                new BigDecimal("400000"), null, null));
        TestUsers.signOut();

        // the conductor submits
        String conductorPassword = signInFirstTime(conductor.username(), conductor.oneTimePassword());
        page.navigate("/plans/" + plan);
        page.getByTestId("review-due-date").fill(LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        page.getByTestId("plan-action-submit").click();
        assertThat(page.getByTestId("plan-status")).hasText("Interagency review");
        signOut();

        // DSCA does not concur, with reasons about the program; OPDAT concurs
        String dscaPassword = signInFirstTime(dscaOfficial.username(), dscaOfficial.oneTimePassword());
        page.navigate("/plans/" + plan + "/concurrence");
        page.getByTestId("answer-NON_CONCUR").check();
        page.getByTestId("answer-comments").fill("400,000 does not buy boats that can be sustained.");
        page.locator("[data-testid^=concern-program-]").first().check();
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=DSCA]"))
                .containsText("Does not concur");
        signOut();
        String opdatPassword = signInFirstTime(opdatOfficial.username(), opdatOfficial.oneTimePassword());
        page.navigate("/plans/" + plan + "/concurrence");
        page.getByTestId("answer-CONCUR").check();
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=OPDAT]")).containsText("Concurs");
        signOut();

        // the conductor returns the plan to draft, renames the program, raises its allocation and resubmits
        signIn(conductor.username(), conductorPassword);
        page.navigate("/plans/" + plan);
        page.getByTestId("plan-action-return-to-draft").click();
        assertThat(page.getByTestId("plan-status")).hasText("Draft");
        page.navigate("/programs/" + program + "/edit");
        page.locator("input[name=title]").fill(programTitle + " and crews");
        page.getByTestId("save-program").click();
        page.navigate("/programs/" + program);
        page.getByTestId("funding-form").locator("input[name=fiscalYear]").fill("2027");
        page.getByTestId("funding-form").locator("input[name=fundingAccount]").fill("INCLE");
        page.getByTestId("funding-form").locator("input[name=requested]").fill("500000");
        page.getByTestId("funding-form").locator("input[name=allocated]").fill("650000");
        page.getByTestId("save-funding").click();
        assertThat(page.getByTestId("funding-table")).containsText("650,000");
        page.navigate("/plans/" + plan);
        page.getByTestId("review-due-date").fill(LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
        page.getByTestId("plan-action-submit").click();
        assertThat(page.getByTestId("plan-status")).hasText("Interagency review");
        signOut();

        // the DSCA official sees what changed since their agency's answer, and concurs
        signIn(dscaOfficial.username(), dscaPassword);
        page.navigate("/plans/" + plan + "/concurrence");
        assertThat(page.getByTestId("changes-summary")).containsText("2 changes");
        page.getByTestId("changes-see").click();
        assertThat(page.getByTestId("changes-heading")).hasText("What changed since DSCA last answered");
        assertThat(page.locator("[data-testid=change-row][data-section=PROGRAM][data-field=title]"))
                .containsText(programTitle + " and crews");
        assertThat(page.locator("[data-testid=change-row][data-section=FUNDING][data-field=allocated]"))
                .containsText("400,000.00");
        assertThat(page.locator("[data-testid=change-row][data-section=FUNDING][data-field=allocated]"))
                .containsText("650,000.00");
        assertThat(page.getByTestId("change-row")).hasCount(2);
        assertAccessible();
        page.navigate("/plans/" + plan + "/concurrence");
        page.getByTestId("answer-CONCUR_WITH_COMMENTS").check();
        page.getByTestId("answer-comments").fill("The larger allocation covers the crews.");
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-table").locator("tr[data-agency=DSCA]"))
                .containsText("Concurs with comments");
        signOut();

        // OPDAT, who concurred, sees the same changes and concurs again
        signIn(opdatOfficial.username(), opdatPassword);
        page.navigate("/plans/" + plan + "/concurrence/changes/" + opdat);
        assertThat(page.getByTestId("changes-heading")).hasText("What changed since OPDAT last concurred");
        assertThat(page.getByTestId("change-row")).hasCount(2);
        page.navigate("/plans/" + plan + "/concurrence");
        page.getByTestId("answer-CONCUR").check();
        page.getByTestId("save-answer").click();
        signOut();

        // INL's official (the conductor's agency, with nothing to compare: it did not answer review 1) concurs
        signInFirstTime(inlOfficial.username(), inlOfficial.oneTimePassword());
        page.navigate("/plans/" + plan + "/concurrence");
        assertThat(page.getByTestId("changes-summary")).hasCount(0);
        page.getByTestId("answer-CONCUR").check();
        page.getByTestId("save-answer").click();
        assertThat(page.getByTestId("concurrence-count")).containsText("3 of 3 concurred");
        signOut();

        // every agency concurred: the conductor approves
        signIn(conductor.username(), conductorPassword);
        page.navigate("/plans/" + plan);
        page.getByTestId("plan-action-approve").click();
        assertThat(page.getByTestId("plan-status")).hasText("Approved");
    }

    private long agency(String code) {
        return agencies.tree().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }
}
