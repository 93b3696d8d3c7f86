package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.workforce.PersonCommand.UserLink;

/**
 * Linking a person to a user (issue 16, item 2) on PostgreSQL: administrators only, a user of the person's agency,
 * one person per user, shown on the person's page and form; the person's change history records it.
 */
@SsaIntegrationTest
class PersonUserLinkIntegrationTests {

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
    private CurrentUser inlPlanner;
    private CurrentUser inlViewer;
    private CurrentUser dscaPlanner;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        inl = fixtures.agency("INL");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        inlViewer = fixtures.user("INL", Role.VIEWER);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdministratorLinksAUserOfThePersonsAgencyOnePersonPerUser() {
        fixtures.signInAsAdmin();
        long person = workforce.addPerson(command("Carla Vega", new UserLink(inlViewer.id())));
        PersonDetail detail = workforce.person(person);
        assertThat(detail.userId()).isEqualTo(inlViewer.id());
        assertThat(detail.userLabel()).contains("Test VIEWER");
        assertThat(detail.userLinkable()).isTrue();

        // a user of another agency, or one already linked: a clear message on the field, nothing saved
        long other = workforce.addPerson(command("Pedro Luna", null));
        assertThatThrownBy(() -> workforce.updatePerson(other, 0, command("Pedro Luna",
                new UserLink(dscaPlanner.id())))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.messageKey())
                                .containsExactly("userId:workforce.person.user.agency"));
        assertThatThrownBy(() -> workforce.updatePerson(other, 0, command("Pedro Luna",
                new UserLink(inlViewer.id())))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.person.user.taken"));
        assertThatThrownBy(() -> workforce.updatePerson(other, 0, command("Pedro Luna",
                new UserLink(Long.MAX_VALUE)))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.messageKey())
                                .containsExactly("workforce.person.user.unknown"));
        assertThat(workforce.person(other).userId()).isNull();
        assertThat(workforce.person(other).version()).isZero();

        // the database holds one person per user whatever the service does
        assertThatThrownBy(() -> jdbc.update("update workforce_person set user_id = ? where id = ?", inlViewer.id(),
                other)).isInstanceOf(DataIntegrityViolationException.class);

        // moving the person to another agency with the link kept is refused on the agency
        long dsca = fixtures.agency("DSCA");
        assertThatThrownBy(() -> workforce.updatePerson(person, 0, new PersonCommand(detail.name(), dsca,
                WorkforceCategory.CIVIL_SERVICE, null, null, null, null))).isInstanceOfSatisfying(
                        FieldValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                                .containsExactly("agencyId"));

        // unlinking; the history shows the link and its removal
        workforce.updatePerson(person, 0, command(detail.name(), new UserLink(null)));
        assertThat(workforce.person(person).userId()).isNull();
        assertThat(workforce.person(person).history()).extracting(h -> h.changeType())
                .containsExactly("MOD", "ADD"); // newest first
    }

    @Test
    void plannersOfTheAgencyMaintainThePersonButKeepTheLinkAsItIsOnlyAdministratorsLink() {
        fixtures.signInAsAdmin();
        long person = workforce.addPerson(command("Rosa Mora", new UserLink(inlViewer.id())));
        TestUsers.signIn(inlPlanner);
        assertThat(workforce.canLinkUsers()).isFalse();
        assertThat(workforce.linkableUsers()).isEmpty();
        // the planner's form sends no link: the link stays
        workforce.updatePerson(person, 0, new PersonCommand("Rosa Mora Soto", inl, WorkforceCategory.CIVIL_SERVICE,
                null, null, "rosa@example.org", null));
        assertThat(workforce.person(person).userId()).isEqualTo(inlViewer.id());
        // a link from a planner is refused
        assertThatThrownBy(() -> workforce.updatePerson(person, 1, command("Rosa Mora Soto", new UserLink(null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.addPerson(command("Ana Sol", new UserLink(inlPlanner.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workforce.person(person).userId()).isEqualTo(inlViewer.id());
    }

    @Test
    void thePageShowsTheLinkedUserToEveryoneAndTheFormOffersUsersToAdministratorsOnly() throws Exception {
        fixtures.signInAsAdmin();
        long person = workforce.addPerson(command("Elena Cruz", null));
        CurrentUser admin = TestUsers.user(-1, "admin", inl, Role.ADMIN);
        String form = mvc.perform(get("/workforce/people/" + person + "/edit").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("data-testid=\"person-user\"");
        String plannerForm = mvc.perform(get("/workforce/people/" + person + "/edit").with(user(inlPlanner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plannerForm).doesNotContain("data-testid=\"person-user\"");

        // a user of another agency: the form again, with the message on the field
        String refused = mvc.perform(post("/workforce/people/" + person).with(user(admin)).with(csrf())
                .param("version", "0").param("name", "Elena Cruz").param("agencyId", String.valueOf(inl))
                .param("category", "CIVIL_SERVICE").param("userId", String.valueOf(dscaPlanner.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is not of the person").contains("is-invalid");
        mvc.perform(post("/workforce/people/" + person).with(user(admin)).with(csrf())
                .param("version", "0").param("name", "Elena Cruz").param("agencyId", String.valueOf(inl))
                .param("category", "CIVIL_SERVICE").param("userId", String.valueOf(inlViewer.id())))
                .andExpect(status().is3xxRedirection());
        // a planner's save keeps the link even when it sends a user of its own
        mvc.perform(post("/workforce/people/" + person).with(user(inlPlanner)).with(csrf())
                .param("version", "1").param("name", "Elena Cruz").param("agencyId", String.valueOf(inl))
                .param("category", "CIVIL_SERVICE").param("userId", String.valueOf(inlPlanner.id())))
                .andExpect(status().is3xxRedirection());
        fixtures.signInAsAdmin();
        assertThat(workforce.person(person).userId()).isEqualTo(inlViewer.id());

        for (CurrentUser reader : new CurrentUser[] {inlViewer, dscaPlanner}) {
            String page = mvc.perform(get("/workforce/people/" + person).with(user(reader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).containsPattern("data-testid=\"person-user\">Test VIEWER \\(");
        }
    }

    private PersonCommand command(String name, UserLink link) {
        return new PersonCommand(name.startsWith("Elena") || name.startsWith("Rosa") ? name
                : PlanningFixtures.unique(name + " "), inl, WorkforceCategory.CIVIL_SERVICE, null, null, null, null,
                link);
    }
}
