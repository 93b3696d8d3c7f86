package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Results due (issue 13, item 15) on the real database: a period that has ended with no actual is due on an
 * active, suspended or completed program; one with an actual, one not ended yet, or one of a proposed program is
 * not. The list counts exactly those and sorts by its columns.
 */
@SsaIntegrationTest
class DueResultsIntegrationTests {

    private static final CurrentUser EVALUATOR = TestUsers.user(4, "evaluator", 1, Role.EVALUATOR);
    private static final CurrentUser VIEWER = TestUsers.user(3, "viewer", 1, Role.VIEWER);

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DueResultsService due;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anEndedPeriodWithoutAnActualIsDueOnlyOnAProgramThatDeliversAssistance() throws Exception {
        long before = total();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long active = programWithPeriods("ACTIVE", today);
        long proposed = programWithPeriods("PROPOSED", today);
        long completed = programWithPeriods("COMPLETED", today);

        // two periods each on the active and the completed program; none on the proposed one
        assertThat(total()).isEqualTo(before + 4);
        TestUsers.signIn(EVALUATOR);
        List<DueResult> rows = due.due(DueResultsService.order("ended", "asc"), PageRequest.of(0, 10_000))
                .getContent();
        List<DueResult> ofActive = rows.stream().filter(r -> r.programId() == active).toList();
        assertThat(ofActive).extracting(DueResult::endDate)
                .containsExactly(LocalDate.of(today.getYear() - 2, 12, 31), today.minusDays(1));
        assertThat(ofActive).allSatisfy(r -> assertThat(r.indicatorName()).isEqualTo("Posts staffed"));
        assertThat(ofActive.get(0).target().number()).isEqualByComparingTo("40");
        assertThat(rows).noneMatch(r -> r.programId() == proposed);
        assertThat(rows).filteredOn(r -> r.programId() == completed).hasSize(2);
        // the other way round
        List<DueResult> newestFirst = due.due(DueResultsService.order("ended", "desc"), PageRequest.of(0, 10_000))
                .getContent().stream().filter(r -> r.programId() == active).toList();
        assertThat(newestFirst).extracting(DueResult::endDate)
                .containsExactly(today.minusDays(1), LocalDate.of(today.getYear() - 2, 12, 31));
        TestUsers.signOut();

        // recording the actual takes the period off the list
        recordActuals(active, today);
        assertThat(total()).isEqualTo(before + 2);
    }

    @Test
    void theListPageShowsItsTotalTheRowsAndForEvaluatorsTheWayToRecordTheActual() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long active = programWithPeriods("SUSPENDED", today);
        long total = total();
        String page = page("/results/due?sort=ended&dir=desc", EVALUATOR);
        assertThat(page).contains(total == 1 ? "1 result is due" : total + " results are due")
                .contains("href=\"/programs/" + active + "/results\"")
                .contains("/programs/" + active + "/results/indicators/")
                .contains("Record the actual")
                .containsPattern("aria-sort=\"descending\"[^>]*data-sort-column=\"ended\"");
        assertThat(page("/results/due", VIEWER)).contains("href=\"/programs/" + active + "/results\"")
                .doesNotContain("Record the actual");
        assertThat(page("/results/due?sort=pr.title%3Bdelete", VIEWER))
                .containsPattern("aria-sort=\"ascending\"[^>]*data-sort-column=\"ended\"");
    }

    private long total() {
        TestUsers.signIn(VIEWER);
        try {
            return due.due(DueResultsService.defaultOrder(), PageRequest.of(0, 1)).getTotalElements();
        } finally {
            TestUsers.signOut();
        }
    }

    /**
     * A program in the given status with one indicator and four periods: ended with an actual, ended two years
     * ago without one, ended yesterday without one, and one that ends next year.
     */
    private long programWithPeriods(String status, LocalDate today) {
        ResultsTestData.ProgramRef program = ResultsTestData.newProgram(applicationContext);
        // the status as a fixture: activation has its own rules (compliance, sustainment), not the subject here
        jdbc.update("update program set status = ?, absorptive_capacity_assessment = 'Partner can absorb it',"
                + " absorptive_capacity_rating = 'MEDIUM', sustainer = 'Partner ministry', sustainment_annual_cost = 0"
                + " where id = ?", status, program.programId());
        TestUsers.signInAs("evaluator-due", 1, Role.EVALUATOR);
        try {
            long indicator = indicators.create(program.programId(), new IndicatorCommand("Posts staffed", null,
                    MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "posts", null, "0", null,
                    null, null, null));
            int year = today.getYear();
            indicators.savePeriods(program.programId(), indicator,
                    indicators.indicator(program.programId(), indicator).version(), List.of(
                            new PeriodCommand(null, LocalDate.of(year - 3, 1, 1), LocalDate.of(year - 3, 12, 31), "20",
                                    "18", null),
                            new PeriodCommand(null, LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 2, 12, 31), "40",
                                    null, null),
                            new PeriodCommand(null, today.minusDays(30), today.minusDays(1), "50", null, null),
                            new PeriodCommand(null, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31), "60",
                                    null, null)));
            return program.programId();
        } finally {
            TestUsers.signOut();
        }
    }

    private void recordActuals(long programId, LocalDate today) {
        TestUsers.signInAs("evaluator-due", 1, Role.EVALUATOR);
        try {
            long indicator = jdbc.queryForObject("select id from evaluation_indicator where program_id = ?", Long.class,
                    programId);
            int year = today.getYear();
            List<Long> periods = jdbc.queryForList("select id from evaluation_indicator_period where indicator_id = ?"
                    + " order by start_date", Long.class, indicator);
            indicators.savePeriods(programId, indicator, indicators.indicator(programId, indicator).version(), List.of(
                    new PeriodCommand(periods.get(0), LocalDate.of(year - 3, 1, 1), LocalDate.of(year - 3, 12, 31),
                            "20", "18", null),
                    new PeriodCommand(periods.get(1), LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 2, 12, 31),
                            "40", "41", null),
                    new PeriodCommand(periods.get(2), today.minusDays(30), today.minusDays(1), "50", "47", null),
                    new PeriodCommand(periods.get(3), LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31),
                            "60", null, null)));
        } finally {
            TestUsers.signOut();
        }
    }

    private String page(String url, CurrentUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
