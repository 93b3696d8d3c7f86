package org.ssaplanner.evaluations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.PersonalAccessTokenService;
import org.ssaplanner.accounts.TokenScope;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * A program's results over the REST API (issue 17, section 3): an evaluator's script records targets and actuals
 * with If-Match, as the periods form does; the same checks refuse bad periods with each row's field; a viewer may
 * read and not record; a stale version gets 412, none 428.
 */
@SsaIntegrationTest
class ResultsApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PersonalAccessTokenService tokens;
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
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;

    CurrentUser evaluator;
    CurrentUser viewer;
    long program;
    long indicator;

    @BeforeEach
    void program() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        evaluator = fixtures.user("INL", Role.EVALUATOR);
        viewer = fixtures.user("INL", Role.VIEWER);
        long plan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        program = programs.create(plan, fixtures.program(PlanningFixtures.unique("Results API "), inl,
                fixtures.authority("INCLE")));
        TestUsers.signIn(evaluator);
        indicator = indicators.create(program, new IndicatorCommand("Cases closed", "Cases closed by the unit",
                MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "cases", null, "10",
                LocalDate.of(2025, 1, 1), "Court records", null, null));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private String token(CurrentUser user) {
        TestUsers.signIn(user);
        try {
            return "Bearer " + tokens.create("results", TokenScope.READ_WRITE, LocalDate.now().plusDays(30)).token();
        } finally {
            TestUsers.signOut();
        }
    }

    private static final String PERIODS = """
            {"periods": [{"start": "2025-01-01", "end": "2025-12-31", "target": "20", "actual": "15"},
                         {"start": "2026-01-01", "end": "2026-06-30", "target": "30", "comment": "half year"}]}""";

    @Test
    void anEvaluatorRecordsPeriodsWithTheIndicatorsVersion() throws Exception {
        String script = token(evaluator);
        String path = "/api/v1/programs/" + program + "/indicators/" + indicator;
        String etag = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, script)).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("OUTPUT")).andExpect(jsonPath("$.baseline").value("10"))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        mvc.perform(put(path + "/periods").header(HttpHeaders.AUTHORIZATION, script).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content(PERIODS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.periods.length()").value(2))
                .andExpect(jsonPath("$.periods[0].actual").value("15"))
                .andExpect(jsonPath("$.periods[1].comment").value("half year"))
                .andExpect(header().exists(HttpHeaders.ETAG));
        assertThat(jdbc.queryForObject("select count(*) from evaluation_indicator_period where indicator_id = ?",
                Long.class, indicator)).isEqualTo(2);

        // the same version again: somebody (this script) changed the indicator since; nothing saved
        mvc.perform(put(path + "/periods").header(HttpHeaders.AUTHORIZATION, script).header(HttpHeaders.IF_MATCH, etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periods\": []}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(path + "/periods").header(HttpHeaders.AUTHORIZATION, script)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"periods\": []}"))
                .andExpect(status().isPreconditionRequired());
        assertThat(jdbc.queryForObject("select count(*) from evaluation_indicator_period where indicator_id = ?",
                Long.class, indicator)).isEqualTo(2);

        mvc.perform(get("/api/v1/programs/" + program + "/indicators").header(HttpHeaders.AUTHORIZATION, script))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(indicator))
                .andExpect(jsonPath("$[0].periods[0].target").value("20"));
        mvc.perform(get("/api/v1/programs/" + program + "/evaluations").header(HttpHeaders.AUTHORIZATION, script))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void badPeriodsAreRefusedRowByRowAndNothingIsSaved() throws Exception {
        String path = "/api/v1/programs/" + program + "/indicators/" + indicator + "/periods";
        mvc.perform(put(path).header(HttpHeaders.AUTHORIZATION, token(evaluator)).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"periods": [{"start": "2025-06-01", "end": "2025-01-01", "target": "many"}]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'periods[0].end')].message")
                        .value("The end must not be before the start."))
                .andExpect(jsonPath("$.errors[?(@.field == 'periods[0].target')].message").value("Enter a number."));
        assertThat(jdbc.queryForObject("select count(*) from evaluation_indicator_period where indicator_id = ?",
                Long.class, indicator)).isZero();
    }

    @Test
    void aViewerReadsResultsButRecordsNothing() throws Exception {
        String script = token(viewer);
        mvc.perform(get("/api/v1/programs/" + program + "/indicators").header(HttpHeaders.AUTHORIZATION, script))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/programs/" + program + "/indicators/" + indicator + "/periods")
                        .header(HttpHeaders.AUTHORIZATION, script).header(HttpHeaders.IF_MATCH, "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(PERIODS))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/999999999/evaluations").header(HttpHeaders.AUTHORIZATION, script))
                .andExpect(status().isNotFound());
    }
}
