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
import org.springframework.data.domain.PageRequest;
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

    @Test
    void thePostsOfThePlansCountryShowVacanciesToursEndingAndLoadPerFilledPosition() {
        long colombia = fixtures.country("CO");
        String post = PlanningFixtures.unique("Post ");
        long holder = workforce.addPerson(person("Ana Ruiz"));
        String held = PlanningFixtures.unique("Held ");
        String vacant = PlanningFixtures.unique("Vacant ");
        workforce.addPosition(new PositionCommand(held, inl, PostType.EMBASSY_SECTION, post, colombia,
                WorkforceCategory.CIVIL_SERVICE, null, null, true, holder, LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 6, 30)));
        workforce.addPosition(new PositionCommand(vacant, inl, PostType.EMBASSY_SECTION, post, colombia,
                WorkforceCategory.CIVIL_SERVICE, null, null, true, null, null, null));
        long second = programs.create(plan, fixtures.program(PlanningFixtures.unique("Second "), inl,
                fixtures.authority("INCLE")));
        assignments.assign(plan, new AssignmentCommand(holder, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.80")));
        assignments.assign(plan, new AssignmentCommand(holder, second, 2027, AssignmentRole.IMPLEMENTER,
                new BigDecimal("0.40")));
        jdbc.update("insert into program_funding_line (program_id, fiscal_year, funding_account, requested, allocated,"
                + " obligated, disbursed) values (?, 2027, 'INCLE', 3000000, 3000000, 0, 0),"
                + " (?, 2031, 'INCLE', 500, 500, 0, 0)", program, program);

        PostCapacity posts = capacity.posts(plan);
        assertThat(posts.years()).isEqualTo(3);
        assertThat(posts.positions()).filteredOn(a -> a.title().equals(vacant) || a.title().equals(held))
                .extracting(PostCapacity.PositionAlert::title, PostCapacity.PositionAlert::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(vacant, PostCapacity.AlertKind.VACANT),
                        org.assertj.core.groups.Tuple.tuple(held, PostCapacity.AlertKind.TOUR_ENDS));
        PostCapacity.Post row = posts.posts().stream().filter(p -> post.equals(p.postName())).findFirst()
                .orElseThrow();
        assertThat(row.filled()).isEqualTo(1);
        assertThat(row.vacant()).isEqualTo(1);
        assertThat(row.fteAssigned()).isEqualByComparingTo("1.20");
        assertThat(row.fteAvailable()).isEqualByComparingTo("3");
        assertThat(row.programsPerFilled()).isEqualByComparingTo("2");
        // the funds of the program it manages, in the plan's years only (FY2031 lies outside them)
        assertThat(row.fundsPerFilled()).isEqualByComparingTo("3000000");
        assertThat(posts.people()).filteredOn(y -> y.personId() == holder)
                .extracting(PostCapacity.PersonYear::fiscalYear, PostCapacity.PersonYear::overAssigned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2027, true),
                        org.assertj.core.groups.Tuple.tuple(2028, false),
                        org.assertj.core.groups.Tuple.tuple(2029, false));

        // the same post across the portfolio, in FY2027 alone: 1.0 FTE available, its holder over 1.0
        CapacityService.PortfolioPost across = postAcrossPortfolio(2027, post);
        assertThat(across.country()).isEqualTo("Colombia");
        assertThat(across.post().fteAssigned()).isEqualByComparingTo("1.20");
        assertThat(across.post().fteAvailable()).isEqualByComparingTo("1");
        assertThat(across.post().overloaded()).isTrue();
        assertThat(across.overAssigned()).isEqualTo(1);
        assertThat(across.post().programsPerFilled()).isEqualByComparingTo("2");
        assertThat(across.post().fundsPerFilled()).isEqualByComparingTo("3000000");
        CapacityService.PortfolioPost later = postAcrossPortfolio(2031, post);
        assertThat(later.post().fteAssigned()).isEqualByComparingTo("0");
        assertThat(later.overAssigned()).isZero();
        assertThat(later.post().fundsPerFilled()).as("nobody manages it in FY2031").isEqualByComparingTo("0");
    }

    /** The post's row, looked for page by page: the suite's other tests add posts of the same agency. */
    private CapacityService.PortfolioPost postAcrossPortfolio(int fiscalYear, String post) {
        for (int page = 0; page < 50; page++) {
            var rows = capacity.postsAcrossPortfolio(fiscalYear, inl, PageRequest.of(page, 100));
            var found = rows.getContent().stream().filter(r -> post.equals(r.post().postName())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        throw new AssertionError("no row for " + post + " in FY" + fiscalYear);
    }

    private PersonCommand person(String name) {
        return new PersonCommand(PlanningFixtures.unique(name + " "), inl, WorkforceCategory.CIVIL_SERVICE, null,
                null, null, null);
    }
}
