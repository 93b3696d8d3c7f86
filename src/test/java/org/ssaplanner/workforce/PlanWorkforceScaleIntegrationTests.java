package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.StatementCounting;
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
 * The scale (issue 16, tests): a plan with 200 programs and 500 assignments renders its workforce page, its
 * page's workforce section and its capacity download with as many statements as a plan with two programs and two
 * assignments: the aggregation is in SQL, nothing is read per program or per assignment.
 */
@SsaIntegrationTest
class PlanWorkforceScaleIntegrationTests {

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
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPlanWith200ProgramsAnd500AssignmentsTakesAsManyStatementsAsASmallOne() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "EC", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(conductor);
        String token = PlanningFixtures.unique("Scale ");
        long first = programs.create(plan, fixtures.program(token + " 0", inl, fixtures.authority("INCLE")));
        long second = programs.create(plan, fixtures.program(token + " 1", inl, fixtures.authority("INCLE")));
        long[] people = new long[5];
        for (int i = 0; i < people.length; i++) {
            people[i] = workforce.addPerson(new PersonCommand(token + " person " + i, inl,
                    WorkforceCategory.CIVIL_SERVICE, null, null, null, null));
        }
        for (long program : new long[] {first, second}) {
            assignments.setWorkload(plan, program, -1, new WorkloadCommand(BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ZERO, new BigDecimal("0.25"), null));
            assignments.assign(plan, new AssignmentCommand(people[0], program, 2027, AssignmentRole.MANAGER,
                    new BigDecimal("0.40")));
        }
        TestUsers.signOut();
        List<String> urls = List.of("/plans/" + plan + "/workforce", "/plans/" + plan,
                "/plans/" + plan + "/workforce/export.csv");
        Map<String, Long> small = statements(urls, conductor);

        // 198 more programs copied from the first (one statement), each with the same workload, and 498 more
        // assignments spread over the programs, people, years and roles
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_name = 'program' and column_name <> 'id' and is_generated = 'NEVER'"
                + " order by ordinal_position", String.class);
        String copied = columns.stream().map(c -> c.equals("title") ? "title || ' copy ' || g" : c)
                .collect(Collectors.joining(", "));
        jdbc.update("insert into program (" + String.join(", ", columns) + ") select " + copied
                + " from program cross join generate_series(1, 198) g where id = ?", first);
        jdbc.update("""
                insert into workforce_program_workload (program_id, manager_fte, implementer_fte, oversight_fte,
                                                        evaluator_fte)
                select p.id, 1, 1, 0, 0.25 from program p
                 where p.plan_id = ? and not exists (select 1 from workforce_program_workload w where w.program_id = p.id)
                """, plan);
        List<Long> planPrograms = jdbc.queryForList("select id from program where plan_id = ? order by id",
                Long.class, plan);
        assertThat(planPrograms).hasSize(200);
        String[] roles = {"IMPLEMENTER", "OVERSIGHT", "EVALUATOR"};
        int added = 0;
        for (int i = 0; added < 498; i++) {
            long program = planPrograms.get(i % 200);
            int year = 2027 + (i / 200) % 3;
            String role = roles[(i / 600) % 3];
            long person = people[1 + i % 4];
            added += jdbc.update("insert into workforce_assignment (person_id, program_id, fiscal_year, role, fte)"
                    + " values (?, ?, ?, ?, 0.05) on conflict do nothing", person, program, year, role);
        }
        assertThat(jdbc.queryForObject("select count(*) from workforce_assignment a join program p"
                + " on p.id = a.program_id where p.plan_id = ?", Long.class, plan)).isEqualTo(500);

        Map<String, Long> large = statements(urls, conductor);
        assertThat(large).isEqualTo(small);
        // and the page shows the large plan: every program in the workload table
        String page = mvc.perform(get("/plans/" + plan + "/workforce").with(user(conductor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(token + " 0 copy 198");
    }

    /** The fewer of two views of each page (the first, unmeasured, fills the reference caches). */
    private Map<String, Long> statements(List<String> urls, CurrentUser reader) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String url : urls) {
            mvc.perform(get(url).with(user(reader)));
            for (int view = 0; view < 2; view++) {
                StatementCounting.start();
                MvcResult result;
                long count;
                try {
                    result = mvc.perform(get(url).with(user(reader))).andReturn();
                } finally {
                    count = StatementCounting.stop();
                }
                assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
                counts.merge(url, count, Math::min);
            }
        }
        return counts;
    }
}
