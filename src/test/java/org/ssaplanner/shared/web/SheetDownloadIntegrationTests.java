package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The lists' CSV and XLSX downloads (issue 17, section 4): exactly the rows the page's filters select, the page's
 * labels as the header, numbers as numbers, dates as dates, formula-like text never a formula, the same method
 * security as the page. XLSX is read back with FastExcel's reader.
 */
@SsaIntegrationTest
class SheetDownloadIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReferenceDataService reference;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theProgramListDownloadsExactlyWhatItsFiltersSelectAsTypedCells() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        String token = PlanningFixtures.unique("sheet").toLowerCase();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long incle = fixtures.authority("INCLE");
        long plan = fixtures.plan(conductor, "CO", Set.of());
        TestUsers.signIn(conductor);
        long formulaLike = programs.create(plan, ProgramCommandBuilder.program("=HYPERLINK(\"x\") " + token,
                conductor.agencyId(), incle).dates(LocalDate.of(2027, 1, 15), LocalDate.of(2028, 9, 30)).build());
        programs.saveFundingLine(formulaLike, new FundingLineCommand(2027, "INCLE", new BigDecimal("1500000.00"),
                new BigDecimal("1250000.50"), BigDecimal.ZERO, BigDecimal.ZERO));
        for (int i = 0; i < 3; i++) {
            programs.create(plan, ProgramCommandBuilder.program("Border training " + i + " " + token,
                    conductor.agencyId(), incle).build());
        }
        programs.create(plan, ProgramCommandBuilder.program("Unrelated program", conductor.agencyId(), incle).build());
        CurrentUser viewer = fixtures.user("DOS", Role.VIEWER);

        // the page (two rows a page) links the downloads with its filters and order, without the page
        Document page = Jsoup.parse(mvc.perform(get("/programs").param("q", token).param("size", "2")
                .param("page", "1").param("sort", "TITLE").param("dir", "asc").with(user(viewer))).andReturn()
                .getResponse().getContentAsString());
        List<String> links = page.select("[data-testid=sheet-links] a").eachAttr("href");
        assertThat(links).hasSize(2).allMatch(link -> link.contains("q=" + token) && link.contains("sort=TITLE")
                && !link.contains("page=") && !link.contains("size="));
        assertThat(links.get(0)).startsWith("/programs.csv?");
        assertThat(links.get(1)).startsWith("/programs.xlsx?");
        List<String> pageHeader = page.select("[data-testid=program-results] thead th").eachText().stream()
                .map(text -> text.replaceAll("[▲▼↕]", "").trim()).toList();

        MockHttpServletResponse xlsx = mvc.perform(get(links.get(1)).with(user(viewer))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment").contains("programs.xlsx");
        List<Row> rows = read(xlsx.getContentAsByteArray());
        List<String> header = rows.get(0).stream().map(Cell::getText).toList();
        // every column the page shows is there under the page's own label
        assertThat(header).containsAll(pageHeader);
        // all four programs of the search, not the page of two; in the list's order (by title)
        assertThat(rows).hasSize(5);
        int title = header.indexOf("Title");
        assertThat(rows.subList(1, 5).stream().map(r -> r.getCell(title).getText()).toList()).containsExactly(
                "=HYPERLINK(\"x\") " + token, "Border training 0 " + token, "Border training 1 " + token,
                "Border training 2 " + token);
        Row first = rows.get(1);
        // formula-like text is a text cell, never a formula
        assertThat(first.getCell(title).getType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(header.indexOf("ID")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(first.getCell(header.indexOf("ID")).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(formulaLike));
        Cell allocated = first.getCell(header.indexOf("Allocated"));
        assertThat(allocated.getType()).isEqualTo(CellType.NUMBER);
        assertThat(allocated.asNumber()).isEqualByComparingTo("1250000.50");
        Cell start = first.getCell(header.indexOf("Start date"));
        assertThat(start.asDate().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));

        String csv = mvc.perform(get(links.get(0)).with(user(viewer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("ID,Title,");
        // a spreadsheet opening the CSV shows the title as text: a quote before the equals sign
        assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"x\"\") " + token + "\"").contains("1250000.50")
                .contains("2027-01-15");
    }

    @Test
    void theUserListDownloadIsForAdministratorsOnlyAsThePageIs() throws Exception {
        CurrentUser planner = TestUsers.user(9_001, "sheet-planner", 1, Role.PLANNER);
        assertThat(mvc.perform(get("/admin/users.csv").with(user(planner))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        CurrentUser admin = TestUsers.user(9_002, "sheet-admin", 1, Role.ADMIN);
        MockHttpServletResponse xlsx = mvc.perform(get("/admin/users.xlsx").with(user(admin))).andReturn()
                .getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        List<Row> rows = read(xlsx.getContentAsByteArray());
        assertThat(rows.get(0).getCell(0).getText()).isEqualTo("Username");
        assertThat(rows.stream().skip(1).map(r -> r.getCell(0).getText())).contains("admin");
        // never a password or a second factor
        assertThat(rows.get(0).stream().map(Cell::getText)).noneMatch(label -> label.toLowerCase().contains("password"));
    }

    @Test
    void everyListOffersBothDownloadsToWhoeverMayReadIt() throws Exception {
        CurrentUser viewer = TestUsers.user(9_003, "sheet-viewer", 1, Role.VIEWER);
        for (String list : List.of("/plans", "/compliance", "/waivers", "/imports")) {
            for (String format : List.of("csv", "xlsx")) {
                MockHttpServletResponse response = mvc.perform(get(list + "." + format).with(user(viewer)))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(list + "." + format).isEqualTo(200);
                assertThat(response.getHeader("Content-Disposition")).as(list).contains("." + format);
            }
        }
        // an unknown suffix is no download
        assertThat(mvc.perform(get("/programs.pdf").with(user(viewer))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static List<Row> read(byte[] xlsx) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return new ArrayList<>(rows.toList());
        }
    }
}
