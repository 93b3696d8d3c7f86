package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.StringUtils;
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
 * A person's page per role: certifications, training and the change history for administrators, evaluators and
 * planners of the person's agency, the forms and remove buttons only for those who maintain the person, a notice
 * instead for everyone else.
 */
@SsaIntegrationTest
class PersonPageIntegrationTests {

    @Autowired
    WorkforceService workforce;
    @Autowired
    CertificationFrameworkService framework;
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
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void eachRoleSeesWhatItMaySeeOfAPerson() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        CurrentUser admin = TestUsers.user(-1, "admin", inl, Role.ADMIN);
        CurrentUser inlPlanner = fixtures.user("INL", Role.PLANNER);
        CurrentUser evaluator = fixtures.user("INL", Role.EVALUATOR);
        CurrentUser dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        CurrentUser viewer = fixtures.user("INL", Role.VIEWER);
        long area = framework.areas().stream().filter(a -> !a.retired()).findFirst().orElseThrow().id();
        AreaView areaView = framework.areas().stream().filter(a -> a.id() == area).findFirst().orElseThrow();
        long level = framework.levels().stream().filter(l -> !l.retired()).findFirst().orElseThrow().id();
        long person = workforce.addPerson(new PersonCommand(PlanningFixtures.unique("Lucía Ortiz "), inl,
                WorkforceCategory.CIVIL_SERVICE, null, null, null, null));
        workforce.addCertification(person, new CertificationCommand(area, level, LocalDate.of(2024, 2, 1), null));
        workforce.addTraining(person, new TrainingCommand("End-use monitoring", LocalDate.of(2025, 4, 1), null));

        for (CurrentUser maintainer : new CurrentUser[] {admin, inlPlanner}) {
            String page = page(person, maintainer);
            assertThat(page).contains("data-testid=\"certification-row\"").contains(areaView.name())
                    .contains("data-testid=\"training-row\"").contains("End-use monitoring")
                    .contains("data-testid=\"certification-form\"").contains("data-testid=\"training-form\"")
                    .contains("/certifications/").contains("/remove").contains("id=\"history-heading\"")
                    .doesNotContain("data-testid=\"certifications-restricted\"");
            // each section once: the caller's table and form are moved into the section, not repeated
            for (String once : new String[] {"id=\"certifications-table\"", "id=\"training-table\"",
                "data-testid=\"certification-form\"", "data-testid=\"training-form\"", "id=\"training-heading\""}) {
                assertThat(StringUtils.countOccurrencesOf(page, once)).as(once).isEqualTo(1);
            }
        }
        String evaluatorPage = page(person, evaluator);
        assertThat(evaluatorPage).contains("data-testid=\"certification-row\"").contains("data-testid=\"training-row\"")
                .doesNotContain("data-testid=\"certification-form\"").doesNotContain("data-testid=\"training-form\"")
                .doesNotContain("/remove");
        for (CurrentUser outsider : new CurrentUser[] {dscaPlanner, viewer}) {
            String page = page(person, outsider);
            assertThat(page).contains("data-testid=\"certifications-restricted\"")
                    .contains("data-testid=\"training-restricted\"").doesNotContain("data-testid=\"certification-row\"")
                    .doesNotContain("End-use monitoring");
        }
    }

    @Test
    void theHistoryShowsCertificationsAndTrainingWithWhoAndWhenOnlyToThoseWhoMaySeeThem() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        CurrentUser admin = TestUsers.user(-1, "admin", inl, Role.ADMIN);
        CurrentUser inlPlanner = fixtures.user("INL", Role.PLANNER);
        CurrentUser evaluator = fixtures.user("INL", Role.EVALUATOR);
        CurrentUser dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        CurrentUser viewer = fixtures.user("INL", Role.VIEWER);
        AreaView area = framework.areas().stream().filter(a -> !a.retired()).findFirst().orElseThrow();
        LevelView level = framework.levels().stream().filter(l -> !l.retired()).findFirst().orElseThrow();
        String name = PlanningFixtures.unique("Amara Diallo ");
        long person = workforce.addPerson(new PersonCommand(name, inl, WorkforceCategory.FOREIGN_SERVICE,
                LocalDate.of(1979, 3, 14), null, "amara@example.org", "Embassy Dakar 2019-2021"));
        TestUsers.signIn(inlPlanner);
        long certification = workforce.addCertification(person,
                new CertificationCommand(area.id(), level.id(), LocalDate.of(2023, 5, 2), LocalDate.of(2027, 5, 2)));
        workforce.addTraining(person, new TrainingCommand("Security cooperation planning", LocalDate.of(2024, 9, 9),
                null));
        workforce.removeCertification(person, certification);
        PersonDetail detail = workforce.person(person);
        workforce.updatePerson(person, detail.version(), new PersonCommand(name, inl,
                WorkforceCategory.FOREIGN_SERVICE, LocalDate.of(1979, 3, 15), null, "amara.diallo@example.org",
                "Embassy Dakar 2019-2021"));
        TestUsers.signOut();

        String certificationSubject = "Certification: " + area.name() + ", " + level.name();
        for (CurrentUser allowed : new CurrentUser[] {admin, inlPlanner, evaluator}) {
            Document page = Jsoup.parse(page(person, allowed));
            List<String> rows = historyRows(page);
            // newest first: the person's change, the certification's removal, the training, the certification, the person
            assertThat(rows).as(allowed.getUsername()).hasSize(5);
            assertThat(rows.get(0)).contains(inlPlanner.getUsername()).contains("amara.diallo@example.org")
                    .contains("1979-03-15");
            assertThat(rows.get(1)).contains(inlPlanner.getUsername()).contains("Deleted")
                    .contains(certificationSubject);
            assertThat(rows.get(2)).contains(inlPlanner.getUsername()).contains("Created")
                    .contains("Training: Security cooperation planning").contains("2024-09-09");
            assertThat(rows.get(3)).contains(inlPlanner.getUsername()).contains(certificationSubject)
                    .contains("2023-05-02").contains("2027-05-02");
            assertThat(rows.get(4)).contains("admin").contains("Created").contains("1979-03-14")
                    .contains("Embassy Dakar");
            assertThat(page.select("[data-testid=history-subject]")).hasSize(3);
        }
        for (CurrentUser outsider : new CurrentUser[] {dscaPlanner, viewer}) {
            String html = page(person, outsider);
            List<String> rows = historyRows(Jsoup.parse(html));
            assertThat(rows).as(outsider.getUsername()).hasSize(2);
            assertThat(rows.get(0)).contains(inlPlanner.getUsername()).contains("amara.diallo@example.org");
            assertThat(rows.get(1)).contains("admin").contains("Created").contains(name);
            assertThat(html).doesNotContain("1979-03-1").doesNotContain("Embassy Dakar")
                    .doesNotContain("Certification: ").doesNotContain("Security cooperation planning");
        }
    }

    private static List<String> historyRows(Document page) {
        return page.select("section[aria-labelledby=history-heading] tbody tr").stream().map(Element::text).toList();
    }

    private String page(long person, CurrentUser reader) throws Exception {
        return mvc.perform(get("/workforce/people/" + person).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
