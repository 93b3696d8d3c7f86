package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The figures /workforce keeps (migration V202612031550: shortfalls per program, agency and country, FTE per person
 * and fiscal year) against the same figures computed from the rows, after every kind of change that moves them:
 * workloads, assignments of people and of positions, a position's holder, tour and deletion, a person's deletion, a
 * program's lead agency, a plan's years. Read right after each write, through the service the page calls.
 */
@SsaIntegrationTest
class WorkforceLoadSummariesIntegrationTests {

    /** The former statement of the portfolio view, per program: each program-year-role's need against its load. */
    private static final String PROGRAM_REFERENCE = """
            with assigned as (
                select program_id, fiscal_year, role, sum(fte) as fte
                  from workforce_assignment_load where worker_id is not null group by 1, 2, 3),
            years as (
                select p.id as program_id, p.lead_agency_id, cp.country_id, y.fy
                  from program p
                  join country_plan cp on cp.id = p.plan_id
                 cross join lateral generate_series(cp.start_fiscal_year, cp.end_fiscal_year) as y(fy)
                 where p.id = any(?)),
            lines as (
                select y.program_id, y.lead_agency_id, y.country_id, r.fte as needed, coalesce(a.fte, 0) as assigned
                  from years y
                  join workforce_program_workload w on w.program_id = y.program_id
                 cross join lateral (values ('MANAGER', w.manager_fte), ('IMPLEMENTER', w.implementer_fte),
                                            ('OVERSIGHT', w.oversight_fte), ('EVALUATOR', w.evaluator_fte)) as r(role, fte)
                  left join assigned a on a.program_id = y.program_id and a.fiscal_year = y.fy and a.role = r.role)
            select program_id, lead_agency_id, country_id, sum(needed)::numeric(14,2) as needed,
                   sum(assigned)::numeric(14,2) as assigned, sum(greatest(needed - assigned, 0))::numeric(14,2) as short
              from lines group by 1, 2, 3 order by 1
            """;

    private static final String PROGRAM_KEPT = """
            select program_id, lead_agency_id, country_id, needed, assigned, shortfall as short
              from workforce_program_shortfall where program_id = any(?) order by 1
            """;

    private static final String PERSON_REFERENCE = """
            select worker_id as person_id, fiscal_year, sum(fte)::numeric(10,2) as fte from workforce_assignment_load
             where worker_id = any(?) group by 1, 2 order by 1, 2
            """;

    private static final String PERSON_KEPT = """
            select person_id, fiscal_year, fte from workforce_person_year_load where person_id = any(?) order by 1, 2
            """;

    /** Totals that differ from the sums of the programs kept (both change in the fold's one transaction). */
    private static final String TOTALS_OFF = """
            select count(*) from (
                select g.by_country, g.id, sum(s.needed) as needed, sum(s.assigned) as assigned,
                       sum(s.shortfall) as shortfall
                  from workforce_program_shortfall s
                 cross join lateral (values (false, s.lead_agency_id), (true, s.country_id)) as g(by_country, id)
                 group by 1, 2) s
              full join workforce_shortfall_total t using (by_country, id)
             where coalesce(s.needed, 0) <> t.needed or coalesce(s.assigned, 0) <> t.assigned
                or coalesce(s.shortfall, 0) <> t.shortfall or t.id is null
            """;

    @Autowired
    AssignmentService assignments;
    @Autowired
    CapacityService capacity;
    @Autowired
    WorkforceService workforce;
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

    private PlanningFixtures fixtures;
    private long inl;
    private long plan;
    private Long[] programIds;
    private Long[] people;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(conductor);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theKeptFiguresFollowEveryKindOfChange() {
        long first = program("Police reform ");
        long second = program("Border training ");
        programIds = new Long[] {first, second};
        long ana = workforce.addPerson(person("Ana Ruiz"));
        long luis = workforce.addPerson(person("Luis Gómez"));
        people = new Long[] {ana, luis};
        long colombia = fixtures.country("CO");
        long position = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("Advisor "), inl,
                PostType.EMBASSY_SECTION, PlanningFixtures.unique("Post "), colombia, WorkforceCategory.CIVIL_SERVICE,
                null, null, true, luis, LocalDate.of(2026, 10, 1), LocalDate.of(2028, 9, 30)));
        assertKeptAsComputed();

        assignments.setWorkload(plan, first, -1, new WorkloadCommand(new BigDecimal("1.00"), new BigDecimal("0.50"),
                BigDecimal.ZERO, new BigDecimal("0.25"), null));
        assignments.setWorkload(plan, second, -1, new WorkloadCommand(new BigDecimal("0.50"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null));
        assertKeptAsComputed();
        // FY2027 to FY2029: 1.75 + 0.50 a year, nothing assigned
        assertThat(shortOf(first)).isEqualByComparingTo("5.25");

        assignments.assign(plan, new AssignmentCommand(ana, first, 2027, AssignmentRole.MANAGER, new BigDecimal("0.60")));
        assignments.assign(plan, new AssignmentCommand(ana, second, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.70")));
        assignments.assign(plan, new AssignmentCommand(null, first, 2028, AssignmentRole.MANAGER,
                new BigDecimal("1.00"), position));
        // the position's work in FY2029 lies after its holder's tour: nobody carries it
        jdbc.update("insert into workforce_assignment (position_id, program_id, fiscal_year, role, fte)"
                + " values (?, ?, 2029, 'EVALUATOR', 0.25)", position, first);
        assertKeptAsComputed();
        assertThat(shortOf(first)).isEqualByComparingTo("3.65"); // 5.25 - 0.60 - 1.00
        assertThat(loadOf(ana, 2027)).isEqualByComparingTo("1.30");
        assertThat(loadOf(luis, 2028)).isEqualByComparingTo("1.00");

        jdbc.update("update workforce_assignment set fte = 0.90 where person_id = ? and program_id = ?", ana, first);
        assertKeptAsComputed();
        jdbc.update("update workforce_position set filled_to = date '2029-09-30' where id = ?", position);
        assertKeptAsComputed();
        assertThat(loadOf(luis, 2029)).isEqualByComparingTo("0.25");
        jdbc.update("update workforce_position set person_id = ? where id = ?", ana, position);
        assertKeptAsComputed();
        assertThat(loadOf(luis, 2028)).isNull();
        assertThat(loadOf(ana, 2028)).isEqualByComparingTo("1.00");
        jdbc.update("update workforce_program_workload set manager_fte = 2.00 where program_id = ?", second);
        assertKeptAsComputed();

        long dsca = fixtures.agency("DSCA");
        jdbc.update("update program set lead_agency_id = ? where id = ?", dsca, second);
        assertKeptAsComputed();
        jdbc.update("update country_plan set end_fiscal_year = 2030 where id = ?", plan);
        assertKeptAsComputed();

        jdbc.update("delete from workforce_position where id = ?", position);
        assertKeptAsComputed();
        assertThat(loadOf(ana, 2028)).isNull();
        jdbc.update("delete from workforce_person where id = ?", ana);
        assertKeptAsComputed();
        jdbc.update("delete from workforce_program_workload where program_id = ?", first);
        assertKeptAsComputed();
        assertThat(shortOf(first)).isNull();
    }

    @Test
    void thePostsAcrossThePortfolioShowAnAssignmentRightAfterItIsSaved() {
        long first = program("Prison reform ");
        programIds = new Long[] {first};
        long ana = workforce.addPerson(person("Ana Ruiz"));
        people = new Long[] {ana};
        String post = PlanningFixtures.unique("Post ");
        workforce.addPosition(new PositionCommand(PlanningFixtures.unique("Officer "), inl, PostType.EMBASSY_SECTION,
                post, fixtures.country("CO"), WorkforceCategory.CIVIL_SERVICE, null, null, true, ana, null, null));
        assignments.assign(plan, new AssignmentCommand(ana, first, 2027, AssignmentRole.MANAGER, new BigDecimal("0.80")));
        assertThat(postFte(post)).isEqualByComparingTo("0.80");
        assignments.assign(plan, new AssignmentCommand(ana, first, 2027, AssignmentRole.OVERSIGHT,
                new BigDecimal("0.40")));
        assertThat(postFte(post)).isEqualByComparingTo("1.20");
        assertKeptAsComputed();
    }

    private BigDecimal postFte(String post) {
        return capacity.postsAcrossPortfolio(2027, inl, PageRequest.of(0, 1000)).getContent().stream()
                .filter(r -> post.equals(r.post().postName())).findFirst().orElseThrow().post().fteAssigned();
    }

    private void assertKeptAsComputed() {
        capacity.portfolio(); // folds the changes in, as the page does
        List<Map<String, Object>> kept = jdbc.queryForList(PROGRAM_KEPT, (Object) programIds);
        assertThat(kept).isEqualTo(jdbc.queryForList(PROGRAM_REFERENCE, (Object) programIds));
        assertThat(jdbc.queryForList(PERSON_KEPT, (Object) people))
                .isEqualTo(jdbc.queryForList(PERSON_REFERENCE, (Object) people));
        assertThat(jdbc.queryForObject(TOTALS_OFF, Long.class)).isZero();
    }

    private BigDecimal shortOf(long program) {
        capacity.portfolio();
        return jdbc.query("select shortfall from workforce_program_shortfall where program_id = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, program);
    }

    private BigDecimal loadOf(long person, int fiscalYear) {
        capacity.portfolio();
        return jdbc.query("select fte from workforce_person_year_load where person_id = ? and fiscal_year = ?",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, person, fiscalYear);
    }

    private long program(String title) {
        return programs.create(plan, fixtures.program(PlanningFixtures.unique(title), inl, fixtures.authority("INCLE")));
    }

    private PersonCommand person(String name) {
        return new PersonCommand(PlanningFixtures.unique(name + " "), inl, WorkforceCategory.CIVIL_SERVICE, null, null,
                null, null);
    }
}
