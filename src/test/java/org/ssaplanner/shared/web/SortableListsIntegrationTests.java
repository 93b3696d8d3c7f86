package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
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
 * Sortable column headers (issue 13, item 14) on the running application and its PostgreSQL: each list sorts by
 * each whitelisted column both ways, in SQL, marks the sorted header with aria-sort, keeps the filters in the header
 * links and goes back to the first page; a sort that is not on the list is ignored (or, where the list always
 * refused unknown values, a 400 page without a trace), never an error.
 */
@SsaIntegrationTest
class SortableListsIntegrationTests {

    private static final CurrentUser ADMIN = TestUsers.user(1, "admin", 1, Role.ADMIN);
    private static final CurrentUser VIEWER = TestUsers.user(3, "viewer", 1, Role.VIEWER);

    @Autowired
    MockMvc mvc;
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
    private long colombia;
    private long faa660;
    private long alphaWaiver;
    private long charlieWaiver;

    /**
     * Three police programs under PKO (FAA s.660 blocks them: a waiver is what they need) whose title order and country order differ: Charlie in Colombia, Alpha in
     * Ghana, Bravo in the Philippines; waivers requested on Alpha, then Charlie.
     */
    @BeforeEach
    void threePrograms() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        token = PlanningFixtures.unique("srt").toLowerCase();
        long inl = fixtures.agency("INL");
        long pko = fixtures.authority("PKO");
        colombia = fixtures.country("CO");
        faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow().id();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long charlie = program(fixtures, conductor, "CO", "Charlie", inl, pko);
        long alpha = program(fixtures, conductor, "GH", "Alpha", inl, pko);
        program(fixtures, conductor, "PH", "Bravo", inl, pko);
        TestUsers.signIn(conductor);
        alphaWaiver = waivers.request(new WaiverRequestCommand(alpha, faa660, WaiverKind.WAIVER, null, "Alpha " + token));
        charlieWaiver = waivers.request(new WaiverRequestCommand(charlie, faa660, WaiverKind.WAIVER, null,
                "Charlie " + token));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theProgramListSortsByAClickedColumnInSqlAndItsHeaderLinksKeepTheFilters() throws Exception {
        String byTitleDown = page("/programs?q=" + token + "&sort=TITLE&dir=desc", VIEWER);
        assertThat(positions(byTitleDown, "Charlie", "Bravo", "Alpha")).isSorted();
        assertThat(byTitleDown).containsPattern(sortedHeader("TITLE", "descending"))
                // the header turns the order round and keeps the search; the other headers start ascending
                .contains("href=\"/programs?q=" + token + "&amp;sort=TITLE&amp;dir=asc\"")
                .contains("href=\"/programs?q=" + token + "&amp;sort=COUNTRY&amp;dir=asc\"");
        String byCountry = page("/programs?q=" + token + "&sort=COUNTRY&dir=asc", VIEWER);
        assertThat(positions(byCountry, "Charlie", "Alpha", "Bravo")).as("Colombia, Ghana, Philippines").isSorted();
        String byCountryDown = page("/programs?q=" + token + "&sort=COUNTRY&dir=desc", VIEWER);
        assertThat(positions(byCountryDown, "Bravo", "Alpha", "Charlie")).isSorted();
        // the Sort by select of before keeps working, in its old directions
        assertThat(positions(page("/programs?q=" + token + "&sort=TITLE", VIEWER), "Alpha", "Bravo", "Charlie"))
                .isSorted();
        assertThat(page("/programs?q=" + token + "&sort=START", VIEWER)).contains(token + " Alpha");
        // a header link from a later page starts again at the first
        String secondPage = page("/programs?q=" + token + "&sort=TITLE&page=1&size=2", VIEWER);
        assertThat(secondPage).contains(token + " Charlie").doesNotContain(token + " Alpha")
                .contains("href=\"/programs?q=" + token + "&amp;size=2&amp;sort=TITLE&amp;dir=desc\"");
    }

    @Test
    void theWaiverListSortsByItsColumnsAndKeepsItsFilter() throws Exception {
        // newest (highest number) first: this test's two waivers are the newest of the restriction
        String down = page("/waivers?restriction=" + faa660 + "&sort=id&dir=desc", VIEWER);
        assertThat(waiverNumbers(down)).startsWith(charlieWaiver, alphaWaiver).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(down).containsPattern(sortedHeader("id", "descending"))
                .contains("href=\"/waivers?restriction=" + faa660 + "&amp;sort=id&amp;dir=asc\"")
                // the filter form keeps the order when a filter changes
                .contains("name=\"sort\" value=\"id\" form=\"waiver-filter-form\"")
                .contains("name=\"dir\" value=\"desc\" form=\"waiver-filter-form\"");
        String up = page("/waivers?restriction=" + faa660 + "&sort=id&dir=asc", VIEWER);
        assertThat(waiverNumbers(up)).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(up).containsPattern(sortedHeader("id", "ascending"));
    }

    /** The waiver numbers in the order the list shows them. */
    private static List<Long> waiverNumbers(String html) {
        return Pattern.compile("href=\"/waivers/(\\d+)\"").matcher(html).results()
                .map(m -> Long.parseLong(m.group(1))).toList();
    }

    @Test
    void everyListSortsByEachOfItsColumnsBothWaysAndMarksTheSortedHeader() throws Exception {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("/programs?q=" + token, List.of("TITLE", "COUNTRY", "LEAD", "CATEGORY", "HORIZON", "STATUS"));
        lists.put("/plans?country=" + colombia, List.of("title", "fy", "status", "updated"));
        lists.put("/waivers?restriction=" + faa660, List.of("id", "kind", "status", "period", "requestedBy"));
        lists.put("/authorities", List.of("name", "citation", "title", "statute", "notification"));
        lists.put("/restrictions", List.of("code", "citation", "title", "waivable", "severity"));
        lists.put("/compliance?restriction=" + faa660, List.of("program", "country", "restriction", "severity"));
        lists.put("/admin/users", List.of("username", "name", "status"));
        lists.put("/admin/security-log?type=WAIVER_REQUESTED", List.of("seq", "time", "type", "user", "actor",
                "address"));
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            for (String column : list.getValue()) {
                for (String dir : List.of("asc", "desc")) {
                    String url = list.getKey() + (list.getKey().contains("?") ? "&" : "?") + "sort=" + column
                            + "&dir=" + dir;
                    assertThat(page(url, ADMIN)).as(url)
                            .containsPattern(sortedHeader(column, dir.equals("asc") ? "ascending" : "descending"));
                }
            }
        }
        // the import history may be empty here: its columns still sort without an error
        for (String column : List.of("when", "file", "format", "status", "read", "rejected", "who")) {
            assertThat(page("/imports?sort=" + column + "&dir=desc", ADMIN)).contains("import-results");
        }
    }

    @Test
    void aSortThatIsNotOnTheListIsIgnoredAndTheListKeepsItsDefaultOrder() throws Exception {
        Map<String, Pattern> defaults = new LinkedHashMap<>();
        defaults.put("/plans?country=" + colombia, sortedHeader("updated", "descending"));
        defaults.put("/authorities", sortedHeader("name", "ascending"));
        defaults.put("/restrictions", sortedHeader("code", "ascending"));
        defaults.put("/compliance?restriction=" + faa660, sortedHeader("severity", "ascending"));
        defaults.put("/admin/users", sortedHeader("username", "ascending"));
        defaults.put("/admin/security-log?type=WAIVER_REQUESTED", sortedHeader("seq", "descending"));
        for (String hostile : List.of("title%3B%20drop%20table%20program", "pg_sleep(5)", "p.title", "id%20desc")) {
            for (Map.Entry<String, Pattern> list : defaults.entrySet()) {
                String url = list.getKey() + (list.getKey().contains("?") ? "&" : "?") + "sort=" + hostile
                        + "&dir=sideways";
                assertThat(page(url, ADMIN)).as(url).containsPattern(list.getValue());
            }
            // the waiver list's default (newest request first) has no header of its own: no header is marked
            assertThat(page("/waivers?restriction=" + faa660 + "&sort=" + hostile, ADMIN))
                    .contains(token).doesNotContain("aria-sort=");
        }
        // the program list always refused an unknown sort value: still a 400, on the friendly error page
        MockHttpServletResponse refused = mvc.perform(get("/programs").param("sort", "NOPE; drop table program")
                .with(user(VIEWER))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).doesNotContain("Exception", "at org.");
    }

    private long program(PlanningFixtures fixtures, CurrentUser conductor, String country, String name, long inl,
            long authority) {
        long plan = fixtures.plan(conductor, country, Set.of(inl));
        TestUsers.signIn(conductor);
        return programs.create(plan, ProgramCommandBuilder.program(token + " " + name, inl, authority)
                .recipientType("POLICE").build());
    }

    private String page(String url, CurrentUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int[] positions(String html, String... names) {
        int[] positions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            positions[i] = html.indexOf(token + " " + names[i]);
            assertThat(positions[i]).as(names[i]).isNotNegative();
        }
        return positions;
    }

    /** The header of the column, marked as the sorted one in that direction. */
    private static Pattern sortedHeader(String column, String ariaSort) {
        return Pattern.compile("<th scope=\"col\" aria-sort=\"" + ariaSort + "\"[^>]*data-sort-column=\""
                + Pattern.quote(column) + "\"");
    }
}
