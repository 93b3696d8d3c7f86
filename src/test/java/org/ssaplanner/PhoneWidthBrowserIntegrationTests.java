package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.compliance.LeahyFixture;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.SipriRegisterFixture;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * On a phone (390 px wide) no main page is wider than the screen: wide tables scroll inside their own box and
 * filters fold away, so the page itself never has to be pushed sideways.
 */
class PhoneWidthBrowserIntegrationTests extends BrowserTestSupport {

    private static final int PHONE_WIDTH = 390;

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
    ImportService imports;
    @Autowired
    ApplicationContext context;

    /** The innermost elements that stick out on the right and are not inside a box that scrolls or clips them. */
    private static final String WIDEST = """
            () => {
              const out = e => e.getBoundingClientRect().right > window.innerWidth + 1;
              // an absolutely positioned element escapes a scrolling ancestor that is not positioned itself
              const clipped = e => { if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false; for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                  if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
              return [...document.querySelectorAll('body *')].filter(e => out(e) && !clipped(e))
                  .filter(e => ![...e.children].some(c => out(c) && !clipped(c))).slice(0, 3)
                  .map(e => e.tagName.toLowerCase() + '.' + e.className + ' "' + (e.textContent || '').trim().slice(0, 40) + '"')
                  .join('; ');
            }""";

    private long plan;
    private long program;
    private long incle;
    private long suspendable;

    @BeforeAll
    void aPlanWithAProgramAndFunding() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        incle = fixtures.authority("INCLE");
        plan = fixtures.plan(conductor, "CO", Set.of(fixtures.agency("DSCA")));
        TestUsers.signIn(conductor);
        program = programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique(
                "Interceptor boat maintenance and crew training for the Pacific coast guard stations "), conductor.agencyId(),
                incle).dates(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)).build());
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("3100000"),
                new BigDecimal("3000000"), new BigDecimal("2800000"), new BigDecimal("2100000")));
        // a theory of change: each outcome offers the plan's programs, with their long titles, in a select
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Maritime forces interdict drug shipments along the Pacific coast", null));
        plans.addOutcome(plan, objective, new OutcomeCommand("Pacific coast guard stations sustain patrols", null));
        TestUsers.signOut();
        // an active program assisting a unit with a credible incident: the suspend form
        suspendable = new LeahyFixture(context, 1).activate().credibleIncident().programs.get(0);
        // a notice with a long subject and detail in the administrator's inbox (issue 14, section 4)
        context.getBean(JdbcTemplate.class).update("insert into notification (recipient_user_id, kind, plan_id, subject,"
                + " detail, created_at) select id, 'CONCURRENCE_OVERDUE', ?, ?, ?, now() from app_user where username ="
                + " 'admin'", plan, "Colombia country plan for maritime interdiction and rule of law 2027-2029",
                "The answer of Bureau of International Narcotics and Law Enforcement Affairs was due by 2026-12-01.");
    }

    @BeforeAll
    void theSipriArmsTransferRegister() {
        // the competition page with its tables and chart, not only its empty state
        SipriRegisterFixture.importRegister(imports);
    }

    @Test
    void noMainPageIsWiderThanAPhone() {
        page.setViewportSize(PHONE_WIDTH, 844);
        signIn("admin", "Test-Admin-Password-1");
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of("/", "/plans", "/plans/" + plan, "/plans/" + plan + "/concurrence", "/programs", "/programs/" + program,
                "/programs/" + program + "/results", "/compliance", "/waivers", "/authorities", "/restrictions",
                "/countries", "/reports/results", "/reports/waiver-pressure", "/admin/users", "/admin/agencies",
                "/account", "/admin/security-log", "/imports", "/results/due", "/countries/COL/team",
                "/plans/" + plan + "/suggestions", "/countries/SLV/competition", "/inbox",
                                // the workforce (issue 16)
                "/workforce", "/workforce/people", "/workforce/positions", "/plans/" + plan + "/workforce",
                "/admin/certifications",
                // pages added in issue 13's second session: the suspend form, the authority page with its exceptions
                // form, the waiver form (a program chosen and not), the units lists
                "/compliance/programs/" + suspendable + "/suspend", "/authorities/" + incle, "/waivers/new",
                "/waivers/new?programId=" + program + "&programSearch=interceptor", "/units", "/units?country=COL",
                "/restrictions")) {
            page.navigate(path);
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > PHONE_WIDTH) {
                tooWide.add(path + " is " + width + " px wide, because of " + page.evaluate(WIDEST));
                screenshot("phone" + path.replace('/', '-'));
            }
        }
        assertThat(tooWide).as("pages wider than a %d px phone", PHONE_WIDTH).isEmpty();
    }

    /**
     * Issue 13: terminating a program asks first. With JavaScript a dialog asks (dismissed: nothing happens); without
     * it the unconfirmed POST answers with a confirmation page, which fits a phone, passes axe and leads back.
     */
    @Test
    void anIrreversibleActionAsksFirstWithAndWithoutJavaScript() {
        page.setViewportSize(PHONE_WIDTH, 844);
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/programs/" + program);
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.getByTestId("program-action-terminate").click();
        assertThat(asked).singleElement().asString().startsWith("Terminate the program");
        assertThat(page.url()).as("dismissed: the form is not sent").endsWith("/programs/" + program);
        PlaywrightAssertions.assertThat(page.getByTestId("program-status")).containsText("Proposed");

        // form.submit() skips the submit handlers: the POST a browser without JavaScript sends
        page.evaluate("() => document.querySelector('form[action$=\"/terminate\"]').submit()");
        page.waitForURL("**/programs/" + program + "/terminate");
        PlaywrightAssertions.assertThat(page.getByTestId("confirm-question")).containsText("Terminate the program");
        PlaywrightAssertions.assertThat(page.getByTestId("confirm-nothing-changed")).isVisible();
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(width).as("the confirmation page is as wide as %s", page.evaluate(WIDEST))
                .isLessThanOrEqualTo(PHONE_WIDTH);
        assertAccessible();
        page.getByTestId("confirm-cancel").click();
        page.waitForURL("**/programs/" + program);
        PlaywrightAssertions.assertThat(page.getByTestId("program-status")).containsText("Proposed");
    }

    @Test
    void onAPhoneTheProgramFiltersFoldAwayBehindOneButton() {
        page.setViewportSize(PHONE_WIDTH, 844);
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/programs");
        PlaywrightAssertions.assertThat(page.locator("#q")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#status")).isHidden();
        page.getByTestId("program-filters-toggle").click();
        PlaywrightAssertions.assertThat(page.locator("#status")).isVisible();

        page.setViewportSize(1280, 800);
        page.navigate("/programs");
        PlaywrightAssertions.assertThat(page.getByTestId("program-filters-toggle")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("#status")).isVisible();
    }
}
