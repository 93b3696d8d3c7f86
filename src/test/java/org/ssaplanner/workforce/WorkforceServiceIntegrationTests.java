package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
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
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** People, certifications and positions on PostgreSQL, per role: who maintains, who sees certifications. */
@SsaIntegrationTest
class WorkforceServiceIntegrationTests {

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

    private long inl;
    private long dos;
    private CurrentUser inlPlanner;
    private CurrentUser dosPlanner;
    private CurrentUser dscaPlanner;
    private CurrentUser dscaEvaluator;
    private CurrentUser inlViewer;
    private long area;
    private long expert;

    @BeforeEach
    void setUp() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dos = fixtures.agency("DOS");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        dosPlanner = fixtures.user("DOS", Role.PLANNER);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        dscaEvaluator = fixtures.user("DSCA", Role.EVALUATOR);
        inlViewer = fixtures.user("INL", Role.VIEWER);
        area = jdbc.queryForObject("select id from workforce_functional_area where code = 'AME'", Long.class);
        expert = jdbc.queryForObject("select id from workforce_certification_level where code = 'EXPERT'", Long.class);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void plannersOfTheAgencyAndAboveItMaintainPeopleOthersMayNot() {
        TestUsers.signIn(inlPlanner);
        String name = PlanningFixtures.unique("Ana Ruiz ");
        long person = workforce.addPerson(person(name, inl, null, "E-1"));
        assertThat(workforce.person(person).editable()).isTrue();

        // State's planner (INL lies below State) changes it; DSCA's planner and INL's viewer may not
        TestUsers.signIn(dosPlanner);
        workforce.updatePerson(person, workforce.person(person).version(), person(name, inl, null, "E-2"));
        TestUsers.signIn(dscaPlanner);
        assertThat(workforce.person(person).editable()).isFalse();
        assertThatThrownBy(() -> workforce.updatePerson(person, 1, person(name, inl, null, "E-3")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.addPerson(person("Someone", inl, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(inlViewer);
        assertThatThrownBy(() -> workforce.addPerson(person("Someone", inl, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.addCertification(person, new CertificationCommand(area, expert,
                LocalDate.of(2025, 1, 1), null))).isInstanceOf(AccessDeniedException.class);
        // but every signed-in user reads the name and contact
        assertThat(workforce.person(person).name()).isEqualTo(name);
        assertThat(workforce.people(inl, name, Pageable.ofSize(10)).getContent()).extracting(PersonRow::name)
                .containsExactly(name);

        // a stale version is refused (409)
        TestUsers.signIn(inlPlanner);
        assertThatThrownBy(() -> workforce.updatePerson(person, 0, person(name, inl, null, "E-4")))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void trainingIsRecordedByMaintainersAndSeenLikeCertifications() {
        TestUsers.signIn(inlPlanner);
        long person = workforce.addPerson(person(PlanningFixtures.unique("Trained officer "), inl, null, null));
        long training = workforce.addTraining(person, new TrainingCommand("  Security cooperation fundamentals ",
                LocalDate.of(2024, 5, 1), LocalDate.of(2027, 5, 1)));
        assertThat(workforce.person(person).training()).extracting(TrainingView::course)
                .containsExactly("Security cooperation fundamentals");

        // bad input: every field's message, nothing saved
        assertThatThrownBy(() -> workforce.addTraining(person, new TrainingCommand(" ", LocalDate.of(2030, 1, 1),
                null))).isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldValidationException.Violation::field).containsExactly("course", "completedOn"));
        assertThatThrownBy(() -> workforce.addTraining(person, new TrainingCommand("Course", LocalDate.of(2024, 5,
                1), LocalDate.of(2024, 4, 1)))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("expiresOn"));
        assertThat(workforce.person(person).training()).hasSize(1);

        // seen by the agency's planners and evaluators; not by another agency's planner or a viewer
        TestUsers.signIn(dscaEvaluator);
        assertThat(workforce.person(person).training()).hasSize(1);
        for (CurrentUser refused : new CurrentUser[] {dscaPlanner, inlViewer}) {
            TestUsers.signIn(refused);
            assertThat(workforce.person(person).training()).isEmpty();
            assertThatThrownBy(() -> workforce.addTraining(person, new TrainingCommand("Course",
                    LocalDate.of(2024, 5, 1), null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workforce.removeTraining(person, training))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(dscaEvaluator);
        assertThatThrownBy(() -> workforce.removeTraining(person, training)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(dosPlanner);
        workforce.removeTraining(person, training);
        assertThat(workforce.person(person).training()).isEmpty();
    }

    @Test
    void certificationsAreSeenByAdministratorsEvaluatorsAndPlannersOfThePersonsAgencyOnly() {
        TestUsers.signIn(inlPlanner);
        long person = workforce.addPerson(person(PlanningFixtures.unique("Luis Gómez "), inl,
                LocalDate.of(1980, 5, 1), null));
        workforce.addCertification(person, new CertificationCommand(area, expert, LocalDate.of(2024, 3, 1),
                LocalDate.of(2027, 3, 1)));

        for (CurrentUser allowed : new CurrentUser[] {inlPlanner, dosPlanner, dscaEvaluator}) {
            TestUsers.signIn(allowed);
            PersonDetail seen = workforce.person(person);
            assertThat(seen.personalDataVisible()).as(allowed.getUsername()).isTrue();
            assertThat(seen.certifications()).extracting(CertificationView::levelName).containsExactly("Expert");
            assertThat(seen.dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 1));
            assertThat(workforce.certifications(person)).hasSize(1);
        }
        TestUsers.signInAs("admin", dos, Role.ADMIN);
        assertThat(workforce.certifications(person)).hasSize(1);

        for (CurrentUser refused : new CurrentUser[] {inlViewer, dscaPlanner}) {
            TestUsers.signIn(refused);
            PersonDetail seen = workforce.person(person);
            assertThat(seen.personalDataVisible()).as(refused.getUsername()).isFalse();
            assertThat(seen.certifications()).isEmpty();
            assertThat(seen.dateOfBirth()).isNull();
            assertThatThrownBy(() -> workforce.certifications(person)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        TestUsers.signIn(inlPlanner);
        String name = PlanningFixtures.unique("Marta Díaz ");
        long person = workforce.addPerson(person(name, inl, LocalDate.of(1975, 1, 2), null));
        long before = jdbc.queryForObject("select count(*) from workforce_person", Long.class);

        // the same name and agency with the same date of birth, or the same employee number: a duplicate
        assertThatThrownBy(() -> workforce.addPerson(person(name.toUpperCase(), inl, LocalDate.of(1975, 1, 2), null)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.messageKey())
                        .containsExactly("name:workforce.person.duplicate"));
        workforce.updatePerson(person, workforce.person(person).version(),
                person(name, inl, LocalDate.of(1975, 1, 2), "77"));
        assertThatThrownBy(() -> workforce.addPerson(person(name, inl, null, "77")))
                .isInstanceOf(FieldValidationException.class);
        // same name elsewhere is someone else
        TestUsers.signIn(dosPlanner);
        workforce.addPerson(person(name, dos, LocalDate.of(1975, 1, 2), "77"));
        TestUsers.signIn(inlPlanner);
        assertThatThrownBy(() -> workforce.addPerson(new PersonCommand(" ", null, null, LocalDate.of(2999, 1, 1),
                null, null, null))).isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(
                        e.violations()).extracting(v -> v.field()).containsExactly("name", "agencyId", "category",
                                "dateOfBirth"));
        assertThat(jdbc.queryForObject("select count(*) from workforce_person", Long.class)).isEqualTo(before + 1);

        assertThatThrownBy(() -> workforce.addCertification(person, new CertificationCommand(area, expert,
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1)))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                                .containsExactly("expiresOn"));
        assertThat(workforce.certifications(person)).isEmpty();

        assertThatThrownBy(() -> workforce.addPosition(new PositionCommand("SCO deputy", inl, null, null, null,
                WorkforceCategory.MILITARY, null, null, true, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 1, 1)))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field())
                                .containsExactly("postType", "filledTo"));
    }

    @Test
    void positionsAreMaintainedByTheirAgencyAndShowWhoFillsThem() {
        TestUsers.signIn(inlPlanner);
        long person = workforce.addPerson(person(PlanningFixtures.unique("Rosa Peña "), inl, null, null));
        long position = workforce.addPosition(new PositionCommand(PlanningFixtures.unique("INL advisor "), inl,
                PostType.EMBASSY_SECTION, "Embassy Bogotá", null, WorkforceCategory.FOREIGN_SERVICE, area, expert,
                true, person, LocalDate.of(2025, 8, 1), null));
        PositionView view = workforce.position(position);
        assertThat(view.vacant()).isFalse();
        assertThat(view.requiredLevelName()).isEqualTo("Expert");
        assertThat(view.editable()).isTrue();

        TestUsers.signIn(dscaPlanner);
        assertThat(workforce.position(position).editable()).isFalse();
        assertThatThrownBy(() -> workforce.updatePosition(position, view.version(), new PositionCommand("x", inl,
                PostType.EMBASSY_SECTION, null, null, WorkforceCategory.FOREIGN_SERVICE, null, null, true, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
    }

    private static PersonCommand person(String name, long agency, LocalDate birth, String employeeNumber) {
        return new PersonCommand(name, agency, WorkforceCategory.CIVIL_SERVICE, birth, employeeNumber,
                "name@example.org", null);
    }
}
