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
import org.ssaplanner.interchange.ImportFixtures;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.interchange.ImportStatus;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
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
    @Autowired
    PartnerUnitService units;
    @Autowired
    ImportService imports;

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

    @Test
    void thePlanAndComplianceListsFilterByIsoCodeAndOldIdLinksKeepWorking() throws Exception {
        for (String country : List.of("COL", "CO", String.valueOf(colombia))) {
            String findings = page("/compliance?restriction=" + faa660 + "&country=" + country, VIEWER);
            assertThat(findings).as(country).contains(token + " Charlie").doesNotContain(token + " Alpha")
                    // the select names the country by its ISO code, chosen whichever way the link said it
                    .containsPattern("<option value=\"COL\" selected=\"selected\">Colombia</option>");
            String plansOfColombia = page("/plans?country=" + country, VIEWER);
            assertThat(plansOfColombia).as(country).contains("<td>Colombia</td>").doesNotContain("<td>Ghana</td>")
                    .containsPattern("<option value=\"COL\" selected=\"selected\">Colombia</option>");
        }
        // the select's values are ISO codes, not database ids
        assertThat(page("/plans", VIEWER)).contains("<option value=\"GHA\">Ghana</option>")
                .doesNotContain("<option value=\"" + colombia + "\"");
        // a code no country has matches nothing (rather than everything)
        assertThat(page("/compliance?restriction=" + faa660 + "&country=XYZ", VIEWER)).doesNotContain(token);
    }

    @Test
    void theUnitListsTheAgencyListAndTheCountryIndexSortByTheirColumns() throws Exception {
        // two units in Colombia whose name order and force-type order differ
        TestUsers.signIn(ADMIN);
        units.create(new PartnerUnitCommand(colombia, token + " Alpha unit", "POLICE", null, null));
        units.create(new PartnerUnitCommand(colombia, token + " Bravo unit", "MILITARY", null, null));
        // two countries in the FA.gov index whose name order and code order differ: Malawi (MWI), Mali (MLI); no
        // other test imports them (an import of Taiwan here changed the Taiwan figures the import tests check)
        String activity = "SRT-" + token;
        assertThat(ImportFixtures.importAndWait(imports, "sortable-" + token + ".csv", ImportFixtures.completeHeader()
                + "\n" + ImportFixtures.completeRow("MWI", activity + "-w", "2021", "100") + "\n"
                + ImportFixtures.completeRow("MLI", activity + "-l", "2021", "200") + "\n").status())
                .isEqualTo(ImportStatus.SUCCEEDED);
        TestUsers.signOut();

        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("/units?country=COL", List.of("name", "forceType", "leahy"));
        lists.put("/units", List.of("country", "units"));
        lists.put("/admin/agencies", List.of("name", "code", "kind", "budget", "status"));
        lists.put("/countries", List.of("name", "region", "rows"));
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            for (String column : list.getValue()) {
                for (String dir : List.of("asc", "desc")) {
                    String url = list.getKey() + (list.getKey().contains("?") ? "&" : "?") + "sort=" + column
                            + "&dir=" + dir;
                    assertThat(page(url, ADMIN)).as(url)
                            .containsPattern(sortedHeaderOfAnyAlignment(column, dir.equals("asc") ? "ascending" : "descending"));
                }
            }
        }
        // the rows follow the header: units by name and by force type (Military before Police)
        assertThat(positions(page("/units?country=COL&sort=name&dir=asc", VIEWER), "Alpha unit", "Bravo unit"))
                .isSorted();
        assertThat(positions(page("/units?country=COL&sort=name&dir=desc", VIEWER), "Bravo unit", "Alpha unit"))
                .isSorted();
        String byForce = page("/units?country=COL&sort=forceType&dir=asc", VIEWER);
        assertThat(positions(byForce, "Bravo unit", "Alpha unit")).isSorted();
        // the header links keep the country (the ISO code) and turn the order round
        assertThat(byForce).contains("href=\"/units?country=COL&amp;sort=forceType&amp;dir=desc\"");
        assertThat(page("/units?country=COL", VIEWER)).containsPattern(sortedHeader("name", "ascending"));
        assertThat(page("/units", VIEWER)).containsPattern(sortedHeader("country", "ascending"));
        // agencies by code both ways; by default the tree, which no header marks
        String byCode = page("/admin/agencies?sort=code&dir=asc", ADMIN);
        assertThat(byCode.indexOf("<code>DOS</code>")).isPositive().isLessThan(byCode.indexOf("<code>INL</code>"));
        String byCodeDown = page("/admin/agencies?sort=code&dir=desc", ADMIN);
        assertThat(byCodeDown.indexOf("<code>INL</code>")).isPositive()
                .isLessThan(byCodeDown.indexOf("<code>DOS</code>"));
        assertThat(page("/admin/agencies", ADMIN)).doesNotContain("aria-sort=").contains("tree-depth-1");
        // the country index by name both ways, by name when the sort is not on the list
        String byName = page("/countries?sort=name&dir=asc", VIEWER);
        assertThat(byName.indexOf(">Malawi<")).isPositive().isLessThan(byName.indexOf(">Mali<"));
        String byNameDown = page("/countries?sort=name&dir=desc", VIEWER);
        assertThat(byNameDown.indexOf(">Mali<")).isPositive().isLessThan(byNameDown.indexOf(">Malawi<"));
        assertThat(page("/countries?sort=pg_sleep(5)&dir=sideways", VIEWER))
                .containsPattern(sortedHeader("name", "ascending"));
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

    /** The same for headers that may carry a class first (figures aligned right: fragments/sorting :: headerEnd). */
    private static Pattern sortedHeaderOfAnyAlignment(String column, String ariaSort) {
        return Pattern.compile("<th scope=\"col\"[^>]*aria-sort=\"" + ariaSort + "\"[^>]*data-sort-column=\""
                + Pattern.quote(column) + "\"");
    }

    /** The header of the column, marked as the sorted one in that direction. */
    private static Pattern sortedHeader(String column, String ariaSort) {
        return Pattern.compile("<th scope=\"col\" aria-sort=\"" + ariaSort + "\"[^>]*data-sort-column=\""
                + Pattern.quote(column) + "\"");
    }
}
