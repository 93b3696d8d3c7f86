package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.workforce.Capacity.GapKind;

/** Assignments and capacity against load on PostgreSQL: the rules, the sums in SQL, who may assign. */
@SsaIntegrationTest
class CapacityIntegrationTests {

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
    private CurrentUser conductor;
    private CurrentUser dscaPlanner;
    private long plan;
    private long program;
    private long expert;
    private long practitioner;
    private long area;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        conductor = fixtures.user("INL", Role.PLANNER);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(conductor);
        program = programs.create(plan, fixtures.program(PlanningFixtures.unique("Police reform "), inl,
                fixtures.authority("INCLE")));
        expert = jdbc.queryForObject("select id from workforce_certification_level where code = 'EXPERT'", Long.class);
        practitioner = jdbc.queryForObject("select id from workforce_certification_level where code = 'PRACTITIONER'",
                Long.class);
        area = jdbc.queryForObject("select id from workforce_functional_area where code = 'PROGRAM_MANAGEMENT'",
                Long.class);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theShortfallShrinksAsPeopleAreAssignedAndGapsAreNamed() {
        assignments.setWorkload(plan, program, -1, new WorkloadCommand(new BigDecimal("1.00"), new BigDecimal("0.50"),
                BigDecimal.ZERO, new BigDecimal("0.25"), expert));
        Capacity before = capacity.capacity(plan);
        assertThat(before.years()).hasSize(3);
        assertThat(before.year(2027).needed()).isEqualByComparingTo("1.75");
        assertThat(before.year(2027).shortfall()).isEqualByComparingTo("1.75");
        assertThat(before.totalShortfall()).isEqualByComparingTo("5.25");
        assertThat(before.gaps()).filteredOn(g -> g.fiscalYear() == 2027).extracting(Capacity.ProgramGap::kind)
                .containsExactly(GapKind.NO_MANAGER, GapKind.NO_EVALUATOR);

        long manager = workforce.addPerson(person("Ana Ruiz"));
        workforce.addCertification(manager, new CertificationCommand(area, practitioner, LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 3, 31)));
        assignments.assign(plan, new AssignmentCommand(manager, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.60")));
        assignments.assign(plan, new AssignmentCommand(manager, program, 2027, AssignmentRole.IMPLEMENTER,
                new BigDecimal("0.50")));

        Capacity after = capacity.capacity(plan);
        assertThat(after.year(2027).assigned()).isEqualByComparingTo("1.10");
        assertThat(after.year(2027).shortfall()).isEqualByComparingTo("0.65"); // 0.40 manager + 0.25 evaluator
        assertThat(after.year(2028).shortfall()).isEqualByComparingTo("1.75");
        // a Practitioner where an Expert is required
        assertThat(after.gaps()).filteredOn(g -> g.fiscalYear() == 2027).extracting(Capacity.ProgramGap::kind)
                .containsExactly(GapKind.MANAGER_BELOW_LEVEL, GapKind.NO_EVALUATOR);
        // 1.10 FTE in FY2027
        assertThat(after.overAssigned()).singleElement().satisfies(o -> {
            assertThat(o.personId()).isEqualTo(manager);
            assertThat(o.fiscalYear()).isEqualTo(2027);
            assertThat(o.fte()).isEqualByComparingTo("1.10");
        });
        // the certification expires in FY2028, within the plan's years; the conductor (INL) sees it
        assertThat(after.expiringTotal()).isEqualTo(1);
        assertThat(after.expiring()).singleElement().satisfies(e -> assertThat(e.expiresOn())
                .isEqualTo(LocalDate.of(2028, 3, 31)));
        // a viewer sees the count, not whose certification it is
        TestUsers.signIn(fixtures.user("INL", Role.VIEWER));
        assertThat(capacity.capacity(plan).expiringTotal()).isEqualTo(1);
        assertThat(capacity.capacity(plan).expiring()).isEmpty();
    }

    @Test
    void assignmentsOutsideTheRulesAreRefusedAndNothingIsSaved() {
        long person = workforce.addPerson(person("Luis Gómez"));
        long before = count();
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(person, program, 2030,
                AssignmentRole.MANAGER, new BigDecimal("1.5")))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                                .containsExactly("fiscalYear", "fte"));
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(person, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.04")))).isInstanceOf(FieldValidationException.class);
        assignments.assign(plan, new AssignmentCommand(person, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.05")));
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(person, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations())
                                .extracting(v -> v.messageKey()).containsExactly("workforce.assignment.duplicate"));
        assertThat(count()).isEqualTo(before + 1);

        // a planner of another agency may not assign INL's people
        TestUsers.signIn(dscaPlanner);
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(person, program, 2028,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOf(AccessDeniedException.class);
        long assignment = jdbc.queryForObject("select id from workforce_assignment where person_id = ?", Long.class,
                person);
        assertThatThrownBy(() -> assignments.remove(plan, assignment)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(conductor);
        assignments.remove(plan, assignment);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from workforce_assignment", Long.class);
    }

    private PersonCommand person(String name) {
        return new PersonCommand(PlanningFixtures.unique(name + " "), inl, WorkforceCategory.CIVIL_SERVICE, null,
                null, null, null);
    }
}
