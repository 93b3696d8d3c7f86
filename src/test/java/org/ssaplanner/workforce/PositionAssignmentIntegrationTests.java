package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.workforce.Capacity.GapKind;

/**
 * Assignments of a position rather than a person (issue 16, item 4) on PostgreSQL: exactly one of the two, the
 * holder of the position in the year carries the work, a vacant position's work is a shortfall, who may assign, and
 * the position's page with its history.
 */
@SsaIntegrationTest
class PositionAssignmentIntegrationTests {

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
    @Autowired
    MockMvc mvc;

    private PlanningFixtures fixtures;
    private long inl;
    private long colombia;
    private CurrentUser conductor;
    private long plan;
    private long program;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        colombia = fixtures.country("CO");
        conductor = fixtures.user("INL", Role.PLANNER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl)); // FY2027 to FY2029
        TestUsers.signIn(conductor);
        program = programs.create(plan, fixtures.program(PlanningFixtures.unique("Border police "), inl,
                fixtures.authority("INCLE")));
        assignments.setWorkload(plan, program, -1, new WorkloadCommand(new BigDecimal("1.00"), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, null));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPositionsWorkIsCarriedByItsHolderInTheYearsTheyHoldItAndIsAShortfallWhileVacant() {
        long holder = workforce.addPerson(person("Marta Díaz"));
        // held from FY2027 until 31 March 2028 (FY2028); vacant in FY2029
        long position = workforce.addPosition(position("INL program officer ", holder, LocalDate.of(2026, 10, 1),
                LocalDate.of(2028, 3, 31)));
        for (int fy = 2027; fy <= 2029; fy++) {
            assignments.assign(plan, AssignmentCommand.ofPosition(position, program, fy, AssignmentRole.MANAGER,
                    new BigDecimal("0.70")));
        }

        Capacity plan = capacity.capacity(this.plan);
        assertThat(plan.year(2027).assigned()).isEqualByComparingTo("0.70");
        assertThat(plan.year(2027).shortfall()).isEqualByComparingTo("0.30");
        assertThat(plan.year(2028).assigned()).isEqualByComparingTo("0.70");
        // FY2029: nobody holds the position, so nobody carries its 0.70 FTE
        assertThat(plan.year(2029).assigned()).isEqualByComparingTo("0");
        assertThat(plan.year(2029).shortfall()).isEqualByComparingTo("1.00");
        assertThat(plan.vacantLoad()).singleElement().satisfies(v -> {
            assertThat(v.positionId()).isEqualTo(position);
            assertThat(v.fiscalYear()).isEqualTo(2029);
            assertThat(v.fte()).isEqualByComparingTo("0.70");
        });
        // the holder is the manager in FY2027 and FY2028, nobody in FY2029
        assertThat(plan.gaps()).filteredOn(g -> g.kind() == GapKind.NO_MANAGER)
                .extracting(Capacity.ProgramGap::fiscalYear).containsExactly(2029);
        // the position's work is the holder's load too: with 0.5 FTE of their own in FY2027 they are over-assigned
        assignments.assign(this.plan, new AssignmentCommand(holder, program, 2027, AssignmentRole.IMPLEMENTER,
                new BigDecimal("0.50")));
        assertThat(capacity.capacity(this.plan).overAssigned()).singleElement().satisfies(o -> {
            assertThat(o.personId()).isEqualTo(holder);
            assertThat(o.fiscalYear()).isEqualTo(2027);
            assertThat(o.fte()).isEqualByComparingTo("1.20");
        });

        // the plan's list and the position's page name the position, vacant in FY2029
        assertThat(assignments.ofPlan(this.plan)).filteredOn(AssignmentView::ofPosition)
                .extracting(AssignmentView::fiscalYear, AssignmentView::vacant)
                .containsExactly(tuple(2027, false),
                        tuple(2028, false),
                        tuple(2029, true));
        PositionDetail detail = workforce.positionDetail(position);
        assertThat(detail.assignments()).hasSize(3);
        assertThat(detail.history()).singleElement().satisfies(h -> assertThat(h.changeType()).isEqualTo("ADD"));
    }

    @Test
    void anAssignmentNamesExactlyOneOfAPersonAndAPositionAndNothingElseIsSaved() {
        long person = workforce.addPerson(person("Jorge Paz"));
        long position = workforce.addPosition(position("INL advisor ", null, null, null));
        long before = count();
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(person, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50"), position))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.assignment.holder.one"));
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(null, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50"), null))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.assignment.holder.required"));
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("1.01")))).isInstanceOf(FieldValidationException.class);
        assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027, AssignmentRole.MANAGER,
                new BigDecimal("0.05")));
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.assignment.duplicate"));
        assertThat(count()).isEqualTo(before + 1);
        // the database refuses both or neither, whatever the service does
        assertThatThrownBy(() -> jdbc.update("insert into workforce_assignment (person_id, position_id, program_id,"
                + " fiscal_year, role, fte) values (?, ?, ?, 2028, 'MANAGER', 0.5)", person, position, program))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into workforce_assignment (program_id, fiscal_year, role, fte)"
                + " values (?, 2028, 'MANAGER', 0.5)", program)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void administratorsAndPlannersOfThePositionsAgencyAssignItOthersGet403() {
        long position = workforce.addPosition(position("INL deputy ", null, null, null));
        TestUsers.signIn(fixtures.user("DSCA", Role.PLANNER));
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(fixtures.user("INL", Role.EVALUATOR));
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(fixtures.user("INL", Role.VIEWER));
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOf(AccessDeniedException.class);
        assertThat(workforce.positionDetail(position).assignments()).isEmpty();
        fixtures.signInAsAdmin();
        assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027, AssignmentRole.EVALUATOR,
                new BigDecimal("0.50")));
        TestUsers.signIn(conductor);
        long assignment = assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")));
        TestUsers.signIn(fixtures.user("DSCA", Role.PLANNER));
        assertThatThrownBy(() -> assignments.remove(plan, assignment)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(conductor);
        assignments.remove(plan, assignment);
        assertThat(workforce.positionDetail(position).assignments()).hasSize(1);
    }

    @Test
    void theFormAssignsAPositionAndSaysWhenBothOrNeitherAreChosen() throws Exception {
        long person = workforce.addPerson(person("Inés Vidal"));
        long position = workforce.addPosition(position("INL analyst ", null, null, null));
        String url = "/plans/" + plan + "/workforce/assignments";
        String both = mvc.perform(post(url).with(user(conductor)).with(csrf()).param("personId", "" + person)
                .param("positionId", "" + position).param("programId", "" + program).param("fiscalYear", "2027")
                .param("role", "MANAGER").param("fte", "0.5")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(both).contains("Choose a person or a position, not both.");
        String neither = mvc.perform(post(url).with(user(conductor)).with(csrf()).param("programId", "" + program)
                .param("fiscalYear", "2027").param("role", "MANAGER").param("fte", "0.5")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(neither).contains("Choose a person or a position.");
        mvc.perform(post(url).with(user(conductor)).with(csrf()).param("positionId", "" + position)
                .param("programId", "" + program).param("fiscalYear", "2027").param("role", "MANAGER")
                .param("fte", "0.5")).andExpect(redirectedUrl("/plans/" + plan + "/workforce"));
        String page = mvc.perform(get("/plans/" + plan + "/workforce").with(user(conductor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"position-assignment\"").contains("data-testid=\"vacant-load\"")
                .contains("data-testid=\"vacant-load-list\"");
        String positionPage = mvc.perform(get("/workforce/positions/" + position).with(user(conductor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(positionPage).contains("data-testid=\"position-assignment\"").contains("id=\"history-heading\"");
    }

    @Test
    void aPersonWhoHoldsPositionsIsAssignedOnlyInTheFiscalYearsOfTheirTour() throws Exception {
        long holder = workforce.addPerson(person("Rosa Mejía"));
        // held from 1 October 2026 (FY2027) until 31 March 2028 (FY2028): FY2029 is outside the tour
        workforce.addPosition(position("INL officer ", holder, LocalDate.of(2026, 10, 1), LocalDate.of(2028, 3, 31)));
        long before = count();
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(holder, program, 2029,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.assignment.tour"));
        assertThat(count()).isEqualTo(before);
        assignments.assign(plan, new AssignmentCommand(holder, program, 2028, AssignmentRole.MANAGER,
                new BigDecimal("0.50")));
        // a tour that ends on 30 September 2026 does not reach FY2027; one open at its end reaches every later year
        long former = workforce.addPerson(person("Luis Rey"));
        workforce.addPosition(position("INL former officer ", former, LocalDate.of(2024, 8, 1),
                LocalDate.of(2026, 9, 30)));
        assertThatThrownBy(() -> assignments.assign(plan, new AssignmentCommand(former, program, 2027,
                AssignmentRole.IMPLEMENTER, new BigDecimal("0.50")))).isInstanceOf(FieldValidationException.class);
        long open = workforce.addPerson(person("Eva Cruz"));
        workforce.addPosition(position("INL advisor ", open, LocalDate.of(2025, 1, 1), null));
        assignments.assign(plan, new AssignmentCommand(open, program, 2029, AssignmentRole.IMPLEMENTER,
                new BigDecimal("0.50")));
        // a person who holds no position has no recorded tour: every year of the plan
        long unposted = workforce.addPerson(person("Ada Gil"));
        assignments.assign(plan, new AssignmentCommand(unposted, program, 2029, AssignmentRole.OVERSIGHT,
                new BigDecimal("0.25")));
        assertThat(count()).isEqualTo(before + 3);

        // the form says why, on the fiscal year
        String page = mvc.perform(post("/plans/" + plan + "/workforce/assignments").with(user(conductor)).with(csrf())
                .param("personId", "" + holder).param("programId", "" + program).param("fiscalYear", "2029")
                .param("role", "EVALUATOR").param("fte", "0.5")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"fiscalYear-error\"").contains("The person is on no tour in FY2029");
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void aPositionInAnInactiveAgencyIsRefusedAndTakesNoNewWork() {
        fixtures.signInAsAdmin();
        String code = "WI" + PlanningFixtures.unique("").substring(0, 6).toUpperCase();
        long closing = agencies.create(new AgencyCommand(code, "Closing office " + code, inl, AgencyKind.OFFICE, false,
                null, Set.of()));
        long position = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("Closing post "), closing,
                PostType.EMBASSY_SECTION, null, colombia, WorkforceCategory.CIVIL_SERVICE, null, null, true, null,
                null, null));
        agencies.setActive(closing, false);
        long before = count();
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> assignments.assign(plan, AssignmentCommand.ofPosition(position, program, 2027,
                AssignmentRole.MANAGER, new BigDecimal("0.50")))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.assignment.position.inactive"));
        // and no new position in it, from the form's service as from the roster
        assertThatThrownBy(() -> workforce.addPosition(new PositionCommand(PlanningFixtures.unique("New post "),
                closing, PostType.EMBASSY_SECTION, null, colombia, WorkforceCategory.CIVIL_SERVICE, null, null, true,
                null, null, null))).isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(
                        e.violations()).extracting(v -> v.messageKey()).containsExactly("workforce.agency.inactive"));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from workforce_assignment", Long.class);
    }

    private PositionCommand position(String title, Long holder, LocalDate from, LocalDate to) {
        return new PositionCommand(PlanningFixtures.unique(title), inl, PostType.EMBASSY_SECTION, "Embassy Bogotá",
                colombia, WorkforceCategory.FOREIGN_SERVICE, null, null, true, holder, from, to);
    }

    private PersonCommand person(String name) {
        return new PersonCommand(PlanningFixtures.unique(name + " "), inl, WorkforceCategory.CIVIL_SERVICE, null,
                null, null, null);
    }
}
