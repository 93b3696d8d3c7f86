package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The workforce downloads through the shared sheet writer (issue 16, item 6): the roster exports and the capacity
 * views as CSV at their old addresses and as XLSX beside them, numbers and dates as typed cells, formula-like text
 * as text, the capacity views under the page's own labels, and date of birth and employee number only for
 * administrators, evaluators and planners of the person's agency.
 */
@SsaIntegrationTest
class WorkforceDownloadIntegrationTests {

    @Autowired
    WorkforceService workforce;
    @Autowired
    AssignmentService assignments;
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
    MockMvc mvc;

    private PlanningFixtures fixtures;
    private CurrentUser inlPlanner;
    private long inl;
    private String tag;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        inl = fixtures.agency("INL");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        tag = PlanningFixtures.unique("dl");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theRosterDownloadsShowPersonalDataOnlyToThoseWhoMaySeeIt() throws Exception {
        String formula = "=HYPERLINK(\"x\") " + tag;
        workforce.addPerson(new PersonCommand(formula, inl, WorkforceCategory.CIVIL_SERVICE,
                LocalDate.of(1981, 6, 7), "E-" + tag, "desk@example.org", null));
        long holder = workforce.addPerson(new PersonCommand("Holder " + tag, inl, WorkforceCategory.FOREIGN_SERVICE,
                null, "H-" + tag, null, null));
        workforce.addPosition(new PositionCommand("Officer " + tag, inl, PostType.HEADQUARTERS, null, null,
                WorkforceCategory.FOREIGN_SERVICE, null, null, true, holder, LocalDate.of(2026, 1, 5), null));

        CurrentUser admin = TestUsers.user(-1, "admin", inl, Role.ADMIN);
        CurrentUser evaluator = fixtures.user("DSCA", Role.EVALUATOR);
        CurrentUser dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        CurrentUser viewer = fixtures.user("INL", Role.VIEWER);
        for (CurrentUser reader : List.of(admin, inlPlanner, evaluator, dscaPlanner, viewer)) {
            boolean allowed = reader != dscaPlanner && reader != viewer;
            List<Row> rows = xlsx("/workforce/people/export.xlsx", reader);
            List<String> header = texts(rows.get(0));
            assertThat(header).isEqualTo(RosterService.COLUMNS);
            Row person = row(rows, header.indexOf("name"), formula).orElseThrow();
            // formula-like text is a text cell, never a formula
            assertThat(person.getCell(header.indexOf("name")).getType()).isEqualTo(CellType.STRING);
            Cell birth = person.getCell(header.indexOf("date_of_birth"));
            Cell number = person.getCell(header.indexOf("employee_number"));
            if (allowed) {
                assertThat(birth.asDate().toLocalDate()).as(reader.getUsername()).isEqualTo(LocalDate.of(1981, 6, 7));
                assertThat(number.getText()).isEqualTo("E-" + tag);
            } else {
                assertThat(birth == null || birth.getText().isEmpty()).as(reader.getUsername()).isTrue();
                assertThat(number == null || number.getText().isEmpty()).isTrue();
            }
            assertThat(person.getCell(header.indexOf("contact")).getText()).isEqualTo("desk@example.org");

            List<Row> positions = xlsx("/workforce/positions/export.xlsx", reader);
            Row position = row(positions, header.indexOf("name"), "Officer " + tag).orElseThrow();
            Cell holderNumber = position.getCell(header.indexOf("holder_employee_number"));
            assertThat(holderNumber != null && ("H-" + tag).equals(holderNumber.getText())).as(reader.getUsername())
                    .isEqualTo(allowed);
            assertThat(position.getCell(header.indexOf("filled_from")).asDate().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 5));

            String csv = csv("/workforce/people/export.csv", reader);
            assertThat(csv).startsWith(String.join(",", RosterService.COLUMNS) + "\r\n")
                    .contains("\"'=HYPERLINK(\"\"x\"\") " + tag + "\"");
            assertThat(csv.contains("1981-06-07")).as(reader.getUsername()).isEqualTo(allowed);
            assertThat(csv.contains("E-" + tag)).isEqualTo(allowed);
        }
    }

    @Test
    void theCapacityViewsDownloadUnderThePageLabelsWithNumbersAsNumbers() throws Exception {
        long plan = fixtures.plan(inlPlanner, "EC", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(inlPlanner);
        long program = programs.create(plan, fixtures.program("Program " + tag, inl, fixtures.authority("INCLE")));
        assignments.setWorkload(plan, program, -1, new WorkloadCommand(BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null));
        long person = workforce.addPerson(new PersonCommand("Manager " + tag, inl, WorkforceCategory.CIVIL_SERVICE,
                null, null, null, null));
        assignments.assign(plan, new AssignmentCommand(person, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.60")));
        TestUsers.signOut();
        CurrentUser viewer = fixtures.user("DSCA", Role.VIEWER);

        Document page = Jsoup.parse(mvc.perform(get("/plans/" + plan + "/workforce").with(user(viewer))).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("[data-testid=export-plan-capacity-xlsx]").attr("href"))
                .isEqualTo("/plans/" + plan + "/workforce/export.xlsx");
        List<String> pageHeader = page.select("[data-testid=capacity-lines] thead th").eachText();
        List<Row> rows = xlsx("/plans/" + plan + "/workforce/export.xlsx", viewer);
        List<String> header = texts(rows.get(0));
        assertThat(header).isEqualTo(pageHeader);
        Row fy2027 = rows.stream().skip(1).filter(r -> r.getCell(0).asNumber().intValue() == 2027).findFirst()
                .orElseThrow();
        assertThat(fy2027.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(fy2027.getCell(2).getText()).isEqualTo("Manager");
        assertThat(fy2027.getCell(3).getType()).isEqualTo(CellType.NUMBER);
        assertThat(fy2027.getCell(3).asNumber()).isEqualByComparingTo("1.00");
        assertThat(fy2027.getCell(4).asNumber()).isEqualByComparingTo("0.60");
        assertThat(fy2027.getCell(5).asNumber()).isEqualByComparingTo("0.40");
        assertThat(csv("/plans/" + plan + "/workforce/export.csv", viewer)).contains("2027,INL,Manager,1.00,0.60,0.40");

        List<Row> portfolio = xlsx("/workforce/export.xlsx", viewer);
        assertThat(texts(portfolio.get(0))).containsExactly("Group", "Name", "FTE needed", "FTE assigned",
                "Shortfall (FTE)");
        assertThat(portfolio.stream().skip(1).map(r -> r.getCell(0).getText()).distinct())
                .containsExactly("Lead agency", "Country");
        assertThat(portfolio.get(1).getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(csv("/workforce/export.csv", viewer))
                .startsWith("Group,Name,FTE needed,FTE assigned,Shortfall (FTE)\r\n");
    }

    private List<Row> xlsx(String url, CurrentUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(reader))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return new ArrayList<>(rows.toList());
        }
    }

    private String csv(String url, CurrentUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(reader))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains(".csv");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    private static Optional<Row> row(List<Row> rows, int column, String text) {
        return rows.stream().skip(1).filter(r -> r.getCell(column) != null && text.equals(r.getCell(column).getText()))
                .findFirst();
    }
}
