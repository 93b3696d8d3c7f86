package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The workload rules on PostgreSQL (issue 16, item 4): administrators keep them, per role; bad input and stale
 * edits are refused; a program's workload form shows the suggestion with its rule and saves nothing until the
 * planner saves; the plan's review (concurrence panel) shows the workforce shortfalls.
 */
@SsaIntegrationTest
class WorkloadRuleIntegrationTests {

    /** A band nobody else's program falls in, so that the rule made here is the one that speaks. */
    private static final BigDecimal ODD = new BigDecimal("1234567.00");

    @Autowired
    WorkloadRuleService rules;
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
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private PlanningFixtures fixtures;
    private CurrentUser conductor;
    private long plan;
    private long program;
    private long expert;
    private long basic;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        conductor = fixtures.user("INL", Role.PLANNER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl));
        TestUsers.signIn(conductor);
        program = programs.create(plan, fixtures.program(PlanningFixtures.unique("Rules program "), inl,
                fixtures.authority("INCLE")));
        jdbc.update("insert into program_funding_line (program_id, fiscal_year, funding_account, requested, allocated,"
                + " obligated, disbursed) values (?, 2027, 'INCLE', ?, ?, 0, 0)", program, ODD, ODD);
        expert = jdbc.queryForObject("select id from workforce_certification_level where code = 'EXPERT'", Long.class);
        basic = jdbc.queryForObject("select id from workforce_certification_level where code = 'BASIC'", Long.class);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static WorkloadRuleCommand command(String type, String status, BigDecimal min, BigDecimal max,
            String managerFte, Long level) {
        return new WorkloadRuleCommand(type, status, min, max, new BigDecimal(managerFte), new BigDecimal("1.50"),
                new BigDecimal("0.25"), new BigDecimal("0.10"), level, "test rule");
    }

    @Test
    void administratorsKeepTheRulesOthersMayNot() {
        WorkloadRuleCommand rule = command("INFRASTRUCTURE", "COMPLETED", null, null, "0.30", null);
        for (Role role : new Role[] {Role.PLANNER, Role.EVALUATOR, Role.VIEWER}) {
            TestUsers.signIn(fixtures.user("INL", role));
            assertThatThrownBy(() -> rules.create(rule)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(rules::rules).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(fixtures.user("DSCA", Role.PLANNER));
        assertThatThrownBy(() -> rules.create(rule)).isInstanceOf(AccessDeniedException.class);

        fixtures.signInAsAdmin();
        long id = rules.create(rule);
        assertThat(rules.rules()).extracting(WorkloadRuleView::id).contains(id);
        WorkloadRuleView saved = rules.get(id);
        rules.update(id, saved.version(), command("INFRASTRUCTURE", "COMPLETED", null, null, "0.40", expert));
        assertThat(rules.get(id).managerFte()).isEqualByComparingTo("0.40");
        assertThat(rules.get(id).managerLevel()).startsWith("Expert");
        // a stale version is refused (409)
        assertThatThrownBy(() -> rules.update(id, saved.version(), rule)).isInstanceOf(StaleEditException.class);
        TestUsers.signIn(fixtures.user("INL", Role.PLANNER));
        assertThatThrownBy(() -> rules.delete(id)).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAsAdmin();
        rules.delete(id);
        assertThat(rules.rules()).extracting(WorkloadRuleView::id).doesNotContain(id);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        fixtures.signInAsAdmin();
        int before = rules.rules().size();
        assertThatThrownBy(() -> rules.create(new WorkloadRuleCommand("NO_SUCH", "DORMANT", new BigDecimal("-1"),
                new BigDecimal("-5"), new BigDecimal("21"), new BigDecimal("0.123"), BigDecimal.ZERO, null, basic,
                null))).isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldValidationException.Violation::field).containsExactly("assistanceTypeCode",
                                "programStatus", "minAllocated", "maxAllocated", "managerFte", "implementerFte",
                                "evaluatorFte", "managerLevelId"));
        assertThatThrownBy(() -> rules.create(command(null, null, new BigDecimal("10"), new BigDecimal("10"), "1",
                null))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("maxAllocated"));
        assertThat(rules.rules()).hasSize(before);
    }

    @Test
    void theWorkloadFormShowsTheSuggestionWithItsRuleAndSavesNothingUntilThePlannerSaves() throws Exception {
        fixtures.signInAsAdmin();
        long id = rules.create(command("TRAINING", "PROPOSED", ODD, ODD.add(BigDecimal.ONE), "0.85", expert));
        try {
            TestUsers.signIn(conductor);
            WorkloadSuggestion suggestion = rules.suggest(plan, program);
            assertThat(suggestion.allocated()).isEqualByComparingTo(ODD);
            assertThat(suggestion.rule().id()).isEqualTo(id);
            // only those who may edit the program see it (the workload form's rule)
            for (CurrentUser refused : new CurrentUser[] {fixtures.user("DSCA", Role.PLANNER),
                    fixtures.user("INL", Role.EVALUATOR), fixtures.user("INL", Role.VIEWER)}) {
                TestUsers.signIn(refused);
                assertThatThrownBy(() -> rules.suggest(plan, program)).isInstanceOf(AccessDeniedException.class);
            }

            String url = "/plans/" + plan + "/workforce/programs/" + program;
            String shown = mvc.perform(get(url).with(user(conductor))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(shown).contains("data-testid=\"workload-suggestion\"").contains("Manager 0.85 FTE")
                    .contains("test rule").contains("data-testid=\"apply-suggestion\"");
            String applied = mvc.perform(get(url).param("suggestion", "apply").with(user(conductor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(applied).contains("data-testid=\"suggestion-applied\"").contains("value=\"0.85\"");
            // shown and put in the form, never saved by itself
            assertThat(jdbc.queryForObject("select count(*) from workforce_program_workload where program_id = ?",
                    Integer.class, program)).isZero();
        } finally {
            fixtures.signInAsAdmin();
            rules.delete(id);
        }
    }

    @Test
    void thePlansReviewShowsTheWorkforceShortfalls() throws Exception {
        TestUsers.signIn(conductor);
        assignments.setWorkload(plan, program, -1, new WorkloadCommand(BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null));
        String panel = mvc.perform(get("/plans/" + plan + "/concurrence").with(user(fixtures.user("DSCA",
                Role.PLANNER)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("data-testid=\"plan-workforce\"")
                .containsPattern("data-testid=\"workforce-shortfall-2027\"><span[^>]*>1\\.00</span>");
    }
}
