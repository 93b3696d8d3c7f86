package org.ssaplanner.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Sortable column headers in Chromium (issue 13, item 14): with a filter set, a click on a header reorders the rows
 * (htmx swaps the results), a second click turns the order round, the filter stays in the form and the address,
 * and changing a filter afterwards keeps the order; without JavaScript the same links load the sorted page.
 */
class SortableHeadersBrowserIntegrationTests extends BrowserTestSupport {

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
    WaiverService waivers;
    @Autowired
    RestrictionService restrictions;

    private String token;
    private long faa660;
    private long bravoWaiver;
    private long charlieWaiver;

    @BeforeEach
    void threeProgramsWithWaivers() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        token = PlanningFixtures.unique("hdr").toLowerCase();
        long inl = fixtures.agency("INL");
        long pko = fixtures.authority("PKO");
        faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow().id();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        long bravo = program(plan, "Bravo", inl, pko);
        long alpha = program(plan, "Alpha", inl, pko);
        long charlie = program(plan, "Charlie", inl, pko);
        waivers.request(new WaiverRequestCommand(alpha, faa660, WaiverKind.WAIVER, null, "Alpha"));
        bravoWaiver = waivers.request(new WaiverRequestCommand(bravo, faa660, WaiverKind.WAIVER, null, "Bravo"));
        charlieWaiver = waivers.request(new WaiverRequestCommand(charlie, faa660, WaiverKind.WAIVER, null, "Charlie"));
        TestUsers.signOut();
    }

    @AfterEach
    void signOutOfServices() {
        TestUsers.signOut();
    }

    @Test
    void withASearchSetTheProgramListSortsByAClickedHeaderBothWaysAndKeepsTheSearch() {
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/programs");
        page.locator("#q").fill(token);
        page.locator("#q").press("Enter");
        Locator titles = page.locator("[data-testid=program-results] tbody tr > td:first-child > a:first-child");
        assertThat(titles).hasCount(3);

        Locator titleHeader = page.locator("[data-testid=program-results] th[data-sort-column=TITLE]");
        titleHeader.getByRole(AriaRole.LINK).click();
        assertThat(titleHeader).hasAttribute("aria-sort", "ascending");
        assertThat(titles).hasText(names("Alpha", "Bravo", "Charlie"));
        assertThat(page).hasURL(Pattern.compile("q=" + token + ".*sort=TITLE&dir=asc"));
        titleHeader.getByRole(AriaRole.LINK).click();
        assertThat(titleHeader).hasAttribute("aria-sort", "descending");
        assertThat(titleHeader).containsText("▼");
        assertThat(titles).hasText(names("Charlie", "Bravo", "Alpha"));
        assertThat(page).hasURL(Pattern.compile("q=" + token + ".*sort=TITLE&dir=desc"));
        assertThat(page.locator("#q")).hasValue(token);
        // the form's sort fields followed the header: submitting the search again keeps the order
        assertThat(page.locator("#sort")).hasValue("TITLE");
        assertThat(page.locator("#dir")).hasValue("desc");
        page.locator("#q").press("Enter");
        assertThat(page).hasURL(Pattern.compile("sort=TITLE.*dir=desc"));
        assertThat(titles).hasText(names("Charlie", "Bravo", "Alpha"));
        screenshot("programs-sorted-by-title");
    }

    @Test
    void withARestrictionChosenTheWaiverListSortsByNumberAndChangingAFilterKeepsTheOrder() {
        signIn("admin", "Test-Admin-Password-1");
        page.navigate("/waivers");
        page.getByLabel("Restriction", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(faa660));
        assertThat(page).hasURL(Pattern.compile("restriction=" + faa660));
        Locator numberHeader = page.locator("[data-testid=waiver-results] th[data-sort-column=id]");
        numberHeader.getByRole(AriaRole.LINK).click();
        assertThat(numberHeader).hasAttribute("aria-sort", "descending");
        Locator numbers = page.locator("[data-testid=waiver-results] tbody tr > td:first-child > a");
        // newest first: this test's waivers are the newest of the restriction
        assertThat(numbers.first()).hasText(String.valueOf(charlieWaiver));
        assertThat(numbers.nth(1)).hasText(String.valueOf(bravoWaiver));
        Assertions.assertThat(numbers(numbers)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        numberHeader.getByRole(AriaRole.LINK).click();
        assertThat(numberHeader).hasAttribute("aria-sort", "ascending");
        Assertions.assertThat(numbers(numbers)).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(page).hasURL(Pattern.compile("restriction=" + faa660 + ".*sort=id&dir=asc"));

        // another filter: the order stays (the form carries it), the restriction too
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("REQUESTED");
        assertThat(page).hasURL(Pattern.compile("status=REQUESTED"));
        assertThat(page).hasURL(Pattern.compile("sort=id"));
        assertThat(page).hasURL(Pattern.compile("dir=asc"));
        assertThat(numberHeader).hasAttribute("aria-sort", "ascending");
        Assertions.assertThat(numbers(numbers)).isSorted();
        assertThat(page.getByLabel("Restriction", new Page.GetByLabelOptions().setExact(true))).hasValue(String.valueOf(faa660));
        screenshot("waivers-sorted-by-number");
    }

    @Test
    void withoutJavaScriptTheHeadersAreLinksToTheSortedPage() {
        Browser browser = page.context().browser();
        BrowserContext noScript = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setJavaScriptEnabled(false));
        try {
            page = noScript.newPage();
            signIn("admin", "Test-Admin-Password-1");
            page.navigate("/programs?q=" + token);
            Locator titleHeader = page.locator("th[data-sort-column=TITLE]");
            titleHeader.getByRole(AriaRole.LINK).click();
            assertThat(titleHeader).hasAttribute("aria-sort", "ascending");
            titleHeader.getByRole(AriaRole.LINK).click();
            assertThat(titleHeader).hasAttribute("aria-sort", "descending");
            assertThat(page.locator("[data-testid=program-results] tbody tr > td:first-child > a:first-child"))
                    .hasText(names("Charlie", "Bravo", "Alpha"));
            assertThat(page.locator("#q")).hasValue(token);
        } finally {
            noScript.close();
        }
    }

    private long program(long plan, String name, long inl, long authority) {
        return programs.create(plan, ProgramCommandBuilder.program(token + " " + name, inl, authority)
                .recipientType("POLICE").build());
    }

    private static List<Long> numbers(Locator links) {
        return links.allTextContents().stream().map(String::strip).map(Long::parseLong).toList();
    }

    private String[] names(String... names) {
        return List.of(names).stream().map(n -> token + " " + n).toArray(String[]::new);
    }
}
