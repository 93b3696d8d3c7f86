package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyCommand;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The workforce roster CSV on PostgreSQL (issue 16, item 6): bad rows are listed with their lines and columns and
 * nothing of the file is kept; rows of another agency, and users who may not add, are refused; exports read back in
 * (a round trip) and neutralize formula-like text.
 */
@SsaIntegrationTest
class RosterIntegrationTests {

    private static final String HEADER = String.join(",", RosterService.COLUMNS);

    @Autowired
    RosterService roster;
    @Autowired
    CapacityService capacity;
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
    @Autowired
    MockMvc mvc;

    private PlanningFixtures fixtures;
    private CurrentUser inlPlanner;
    private CurrentUser dscaPlanner;
    private String tag;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.agency("INL");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String person(String agency, String name, String category, String birth, String number) {
        return String.join(",", "PERSON", agency, name, category, birth, number, "", "", "", "", "", "", "", "", "",
                "");
    }

    private static String position(String agency, String title, String post, String level, String holder,
            String from, String to) {
        return String.join(",", "POSITION", agency, title, "FOREIGN_SERVICE", "", "", "", post, "Embassy Bogotá", "CO",
                "PROGRAM_MANAGEMENT", level, "yes", holder, from, to);
    }

    private static ByteArrayInputStream file(String... lines) {
        return new ByteArrayInputStream((HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private int stored(String like) {
        Integer people = jdbc.queryForObject("select count(*) from workforce_person where name like ?", Integer.class,
                "%" + like + "%");
        Integer positions = jdbc.queryForObject("select count(*) from workforce_position where title like ?",
                Integer.class, "%" + like + "%");
        return people + positions;
    }

    @Test
    void badRowsAreListedWithTheirLineAndColumnAndNothingOfTheFileIsSaved() {
        TestUsers.signInAs("roster-admin-" + tag, 1, Role.ADMIN);
        String inactive = "RI" + tag.substring(0, 6);
        long id = agencies.create(new AgencyCommand(inactive, "Closed office " + inactive, null, AgencyKind.OFFICE,
                false, null, Set.of()));
        agencies.setActive(id, false);
        TestUsers.signIn(inlPlanner);
        String ok = "Good " + tag;
        ByteArrayInputStream in = file(
                person("INL", ok, "CIVIL_SERVICE", "1980-01-02", "G-" + tag),               // 2: fine
                person("NOPE", "Unknown agency " + tag, "CIVIL_SERVICE", "", ""),           // 3
                person(inactive, "Inactive agency " + tag, "CIVIL_SERVICE", "", ""),        // 4
                person("INL", ok, "CIVIL_SERVICE", "1980-01-02", ""),                      // 5: duplicate of 2
                person("INL", "Bad date " + tag, "CIVIL_SERVICE", "02/01/1980", ""),        // 6
                person("INL", "Bad category " + tag, "SPY", "", ""),                        // 7
                position("INL", "Nobody holds " + tag, "EMBASSY_SECTION", "", "X-" + tag, "", ""), // 8
                position("INL", "Backwards " + tag, "EMBASSY_SECTION", "", "G-" + tag, "2026-01-01",
                        "2025-01-01"),                                                     // 9
                position("INL", "Retired level " + tag, "EMBASSY_SECTION", "DOD_SCW:BASIC", "", "", ""), // 10
                "MANAGER,INL,What " + tag + ",,,,,,,,,,,,,",                               // 11
                position("INL", "Fine position " + tag, "EMBASSY_SECTION", "PRACTITIONER", "G-" + tag, "", "")); // 12

        assertThatThrownBy(() -> roster.importRoster(in)).isInstanceOfSatisfying(RosterRejectedException.class,
                e -> assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.messageKey())
                        .containsExactly(
                                "3:agency:workforce.roster.value.unknown",
                                "4:agency:workforce.agency.inactive",
                                "5:name:workforce.person.duplicate",
                                "6:date_of_birth:workforce.roster.date",
                                "7:category:workforce.roster.value.unknown",
                                "8:holder_employee_number:workforce.roster.holder.unknown",
                                "9:filled_to:workforce.position.dates.order",
                                "10:required_level:workforce.position.level.current",
                                "11:record:workforce.roster.record.unknown"));
        // all or nothing: the good person of line 2 and the good position of line 12 were not kept either
        assertThat(stored(tag)).isZero();
    }

    @Test
    void rowsOfAnAgencyTheUserMayNotMaintainAreRefusedAndOnlyMaintainersImport() {
        TestUsers.signIn(dscaPlanner);
        assertThatThrownBy(() -> roster.importRoster(file(person("DSCA", "Mine " + tag, "MILITARY", "", ""),
                person("INL", "Theirs " + tag, "CIVIL_SERVICE", "", ""))))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.problems())
                        .extracting(RosterProblem::line, RosterProblem::messageKey)
                        .containsExactly(tuple(3L, "workforce.roster.agency.forbidden")));
        assertThat(stored(tag)).isZero();

        for (Role role : new Role[] {Role.EVALUATOR, Role.VIEWER}) {
            TestUsers.signIn(fixtures.user("INL", role));
            assertThatThrownBy(() -> roster.importRoster(file(person("INL", "Any " + tag, "CIVIL_SERVICE", "", ""))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signInAs("roster-admin2-" + tag, 1, Role.ADMIN);
        assertThat(roster.importRoster(file(person("INL", "By admin " + tag, "CIVIL_SERVICE", "", ""))))
                .isEqualTo(new RosterResult(1, 0));
    }

    @Test
    void aHeaderWithoutTheColumnsOrAFileWithoutRowsIsRefusedOnLineOne() {
        TestUsers.signIn(inlPlanner);
        assertThatThrownBy(() -> roster.importRoster(new ByteArrayInputStream("name,agency\r\nA,INL\r\n"
                .getBytes(StandardCharsets.UTF_8)))).isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.messageKey()).isEqualTo("workforce.roster.header");
                        }));
        assertThatThrownBy(() -> roster.importRoster(file())).isInstanceOf(RosterRejectedException.class);
    }

    @Test
    void anExportReadsBackInAndFormulaLikeTextIsNeutralized() throws Exception {
        TestUsers.signIn(inlPlanner);
        String formula = "=HYPERLINK(\"x\") " + tag;
        String plain = "Round trip " + tag;
        RosterResult saved = roster.importRoster(file(
                person("INL", "\"" + formula.replace("\"", "\"\"") + "\"", "CIVIL_SERVICE", "1979-03-04", "R1-" + tag),
                person("INL", plain, "LOCALLY_EMPLOYED", "", "R2-" + tag),
                position("INL", "@Officer " + tag, "EMBASSY_SECTION", "DOD_SCW:PRACTITIONER", "R2-" + tag,
                        "2025-08-01", "2028-07-31")));
        assertThat(saved).isEqualTo(new RosterResult(2, 1));
        assertThat(jdbc.queryForObject("select count(*) from workforce_person where name = ?", Integer.class, formula))
                .isOne();

        String people = download("/workforce/people/export.csv", inlPlanner);
        String positions = download("/workforce/positions/export.csv", inlPlanner);
        TestUsers.signIn(inlPlanner); // a MockMvc request with a user leaves none signed in behind it
        List<String> mine = Arrays.stream((people + "" + positions).split("\r\n")).filter(l -> l.contains(tag))
                .toList();
        assertThat(mine).containsExactlyInAnyOrder(
                "PERSON,INL,\"'=HYPERLINK(\"\"x\"\") " + tag + "\",CIVIL_SERVICE,1979-03-04,R1-" + tag + ",,,,,,,,,,",
                person("INL", plain, "LOCALLY_EMPLOYED", "", "R2-" + tag),
                position("INL", "'@Officer " + tag, "EMBASSY_SECTION", "DOD_SCW:PRACTITIONER", "R2-" + tag,
                        "2025-08-01", "2028-07-31"));
        assertThat(people).startsWith(HEADER + "\r\n");

        // read back in: the people are the same people (refused as duplicates), their quotes taken off
        assertThatThrownBy(() -> roster.importRoster(file(mine.get(0), mine.get(1))))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.problems())
                        .extracting(RosterProblem::messageKey).containsOnly("workforce.person.duplicate"));
        // under other employee numbers they read in, and the exported position's holder is found among them
        jdbc.update("update workforce_person set employee_number = employee_number || '-old', date_of_birth = null"
                + " where employee_number like ?",
                "R_-" + tag);
        jdbc.update("delete from workforce_position where title like ?", "%" + tag);
        assertThat(roster.importRoster(file(mine.toArray(String[]::new)))).isEqualTo(new RosterResult(2, 1));
        assertThat(jdbc.queryForObject("select count(*) from workforce_position where title = ?", Integer.class,
                "@Officer " + tag)).isOne();

        // another agency's planner sees names but not their date of birth or employee number
        TestUsers.signIn(dscaPlanner);
        String seenByOthers = download("/workforce/people/export.csv", dscaPlanner);
        assertThat(seenByOthers).contains(plain).doesNotContain("R2-" + tag);
    }

    @Test
    void theImportPageListsTheProblemsByLineAndTheExportsAreCsv() throws Exception {
        long plan = fixtures.plan(inlPlanner, "CO", Set.of(fixtures.agency("INL")));
        String body = new String(file(person("INL", "Page " + tag, "CIVIL_SERVICE", "", ""),
                person("NOPE", "Page bad " + tag, "CIVIL_SERVICE", "", "")).readAllBytes(), StandardCharsets.UTF_8);
        String page = mvc.perform(multipart("/workforce/import").file(new MockMultipartFile("file", "roster.csv",
                "text/csv", body.getBytes(StandardCharsets.UTF_8))).with(user(inlPlanner)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Line 3, column agency:").contains("nothing of it was saved");
        assertThat(stored(tag)).isZero();

        mvc.perform(multipart("/workforce/import").file(new MockMultipartFile("file", "roster.csv", "text/csv",
                (HEADER + "\r\n" + person("INL", "Page " + tag, "CIVIL_SERVICE", "", "") + "\r\n")
                        .getBytes(StandardCharsets.UTF_8))).with(user(inlPlanner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(tag)).isOne();

        for (String url : List.of("/workforce/people/export.csv", "/workforce/positions/export.csv",
                "/workforce/export.csv", "/plans/" + plan + "/workforce/export.csv")) {
            mvc.perform(get(url).with(user(dscaPlanner))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")));
        }
        assertThat(download("/plans/" + plan + "/workforce/export.csv", inlPlanner))
                .startsWith("Fiscal year,Lead agency,Role,");
    }

    private String download(String url, CurrentUser reader) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
