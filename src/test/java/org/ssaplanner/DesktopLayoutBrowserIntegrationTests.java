package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanAction;
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
 * On a 1366 px laptop, the most common office screen: the plan page's balance tables do not overlap and show
 * every column, the step forward of each state is the one filled button, and no select cuts off its text.
 */
class DesktopLayoutBrowserIntegrationTests extends BrowserTestSupport {

    private static final int LAPTOP_WIDTH = 1366;
    private static final Pattern FILLED = Pattern.compile("\\bbtn-primary\\b");

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
    JdbcTemplate jdbc;

    /**
     * Filter selects whose shown text does not fit inside them (padding and the arrow excluded); for the sort and
     * order selects every option must fit, since a user reads them all.
     */
    private static final String CUT_OFF_SELECTS = """
            () => {
              const ctx = document.createElement('canvas').getContext('2d');
              const out = [];
              for (const s of document.querySelectorAll('main form[role=search] select:not([multiple])')) {
                if (!s.offsetParent) continue;
                const cs = getComputedStyle(s);
                ctx.font = cs.fontStyle + ' ' + cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily;
                const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                const all = ['sort', 'dir'].includes(s.name);
                const options = all ? [...s.options] : [s.options[s.selectedIndex]].filter(o => o);
                for (const o of options) {
                  const need = ctx.measureText(o.text.trim()).width;
                  if (need > room + 1) out.push('#' + s.id + ' "' + o.text.trim() + '" needs ' + Math.ceil(need) + ' px, has ' + Math.floor(room));
                }
              }
              return out.join('; ');
            }""";

    private long plan;
    private long program;

    @BeforeAll
    void aPlanInReviewWithLargeFigures() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long incle = fixtures.authority("INCLE");
        plan = fixtures.plan(conductor, "SV", Set.of(fixtures.agency("DSCA")));
        TestUsers.signIn(conductor);
        // figures in the hundreds of millions make the widest cells a real portfolio has
        program = programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique("Maritime interdiction "),
                conductor.agencyId(), incle).category(ObjectiveCategory.OPERATIONAL)
                .dates(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)).build());
        programs.saveFundingLine(program, new FundingLineCommand(2027, "INCLE", new BigDecimal("987654321.99"),
                new BigDecimal("876543210.55"), new BigDecimal("765432109.44"), new BigDecimal("654321098.33")));
        long governance = programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique("Justice sector "),
                conductor.agencyId(), incle).category(ObjectiveCategory.GOVERNANCE)
                .dates(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 9, 30)).build());
        programs.saveFundingLine(governance, new FundingLineCommand(2028, "INCLE", new BigDecimal("123456789.01"),
                new BigDecimal("123456789.01"), new BigDecimal("23456789.01"), BigDecimal.ZERO));
        // a title without a single space, as pasted from a spreadsheet
        programs.create(plan, ProgramCommandBuilder.program(PlanningFixtures.unique("Interdiction_" + "x".repeat(150) + "_"),
                conductor.agencyId(), incle).category(ObjectiveCategory.OPERATIONAL)
                .dates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).build());
        plans.transition(plan, PlanAction.SUBMIT);
        // issue 14: with the agencies' answers overdue an administrator may approve (over objections)
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ?", plan);
        TestUsers.signOut();
    }

    @Test
    void onALaptopThePlanPageBalanceTablesDoNotOverlapAndShowObligated() {
        page.setViewportSize(LAPTOP_WIDTH, 768);
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/plans/" + plan);

        Locator byCategory = page.getByTestId("balance-category");
        Locator byHorizon = page.getByTestId("balance-horizon");
        PlaywrightAssertions.assertThat(byCategory).containsText("$765,432,109.44");
        BoundingBox category = byCategory.boundingBox();
        BoundingBox horizon = byHorizon.boundingBox();
        assertThat(overlap(category, horizon)).as("the two balance tables overlap").isFalse();
        for (Locator table : List.of(byCategory, byHorizon)) {
            Locator obligated = table.locator("thead th").filter(new Locator.FilterOptions().setHasText("Obligated"));
            PlaywrightAssertions.assertThat(obligated).isVisible();
            obligated.scrollIntoViewIfNeeded();
            BoundingBox header = obligated.boundingBox();
            assertThat(header.x + header.width).as("Obligated within the window").isLessThanOrEqualTo(LAPTOP_WIDTH);
            // nothing is drawn over the header: the element at its centre is the header (or its text)
            Object onTop = obligated.evaluate("(th, [x, y]) => { const e = document.elementFromPoint(x, y); return e === th || th.contains(e); }",
                    List.of(header.x + header.width / 2, header.y + header.height / 2));
            assertThat(onTop).as("Obligated header is covered").isEqualTo(true);
            BoundingBox box = table.boundingBox();
            assertThat(box.x + box.width).isLessThanOrEqualTo(LAPTOP_WIDTH);
        }
        screenshot("plan-page-1366");
    }

    @Test
    void aLongUnbrokenTitleWrapsInsteadOfWideningThePage() {
        page.setViewportSize(LAPTOP_WIDTH, 768);
        signIn("admin", "Test-Admin-Password-1");
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of("/plans/" + plan, "/programs?q=Interdiction_")) {
            page.navigate(path);
            PlaywrightAssertions.assertThat(page.locator("main")).containsText("Interdiction_xxxx");
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > LAPTOP_WIDTH) {
                tooWide.add(path + " is " + width + " px wide");
            }
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void theStepForwardOfEachStateIsTheFilledButton() {
        page.setViewportSize(LAPTOP_WIDTH, 768);
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/plans/" + plan);
        // a plan in review: Approve is filled; Return to draft and Edit are not
        PlaywrightAssertions.assertThat(page.getByTestId("plan-action-approve")).hasClass(FILLED);
        PlaywrightAssertions.assertThat(page.getByTestId("plan-action-return-to-draft")).not().hasClass(FILLED);
        PlaywrightAssertions.assertThat(page.getByTestId("edit-plan")).not().hasClass(FILLED);
        assertThat(filledColour("plan-action-approve")).isNotEqualTo(filledColour("plan-action-return-to-draft"));

        // a proposed program: Activate is filled; Terminate reads as a danger
        page.navigate("/programs/" + program);
        PlaywrightAssertions.assertThat(page.getByTestId("program-action-activate")).hasClass(FILLED);
        PlaywrightAssertions.assertThat(page.getByTestId("program-action-terminate")).hasClass(Pattern.compile("\\bbtn-outline-danger\\b"));
        PlaywrightAssertions.assertThat(page.getByTestId("edit-program")).not().hasClass(FILLED);
        screenshot("program-page-actions-1366");
    }

    @Test
    void noSelectCutsOffItsText() {
        signIn("admin", "Test-Admin-Password-1");
        List<String> cut = new ArrayList<>();
        for (int width : new int[] {LAPTOP_WIDTH, 1024}) {
            page.setViewportSize(width, 768);
            for (String path : List.of("/plans", "/plans?sort=fy&dir=asc", "/programs", "/programs?sort=START",
                    "/authorities", "/waivers", "/compliance", "/units", "/reports/waiver-pressure", "/admin/users",
                    "/admin/security-log", "/countries/SLV")) {
                page.navigate(path);
                Object found = page.evaluate(CUT_OFF_SELECTS);
                if (!"".equals(found)) {
                    cut.add(width + " px " + path + ": " + found);
                }
            }
        }
        assertThat(cut).as("selects that cut off their text").isEmpty();
    }

    @Test
    void noPageRepeatsAHeading() {
        signIn("admin", "Test-Admin-Password-1");
        List<String> repeated = new ArrayList<>();
        for (String path : List.of("/plans/" + plan, "/programs/" + program, "/compliance", "/compliance/programs/" + program,
                "/programs/" + program + "/results/indicators/new", "/programs/" + program + "/evaluations/new",
                "/authorities", "/waivers", "/restrictions", "/units", "/reports/waiver-pressure", "/imports")) {
            page.navigate(path);
            Object found = page.evaluate("""
                    () => { const seen = new Set(), twice = new Set();
                      for (const e of document.querySelectorAll('main h1, main h2, main h3, main h4, main caption, main [aria-current=page]')) {
                        const t = e.textContent.trim().replace(/\\s+/g, ' ');
                        if (seen.has(t)) twice.add(t); else seen.add(t);
                      }
                      return [...twice].join('; '); }""");
            if (!"".equals(found)) {
                repeated.add(path + ": " + found);
            }
        }
        assertThat(repeated).as("headings shown twice").isEmpty();
    }

    private String filledColour(String testId) {
        return (String) page.getByTestId(testId).evaluate("b => getComputedStyle(b).backgroundColor");
    }

    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }
}
