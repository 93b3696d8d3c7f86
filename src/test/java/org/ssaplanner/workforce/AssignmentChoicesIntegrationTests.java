package org.ssaplanner.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
 * The choices of the assignment form on a plan's workforce page and of a position's holder (issue 16): only the
 * positions that can serve the plan (of its agencies, posted in its country or at headquarters or a combatant
 * command) and people of its agencies, of those the user may assign, at most a page of them with a search that narrows them, the chosen one kept
 * when a failed save shows the form again.
 */
@SsaIntegrationTest
class AssignmentChoicesIntegrationTests {

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
    MockMvc mvc;

    private PlanningFixtures fixtures;
    private long inl;
    private long dsca;
    private long ecuador;
    private long plan;
    private CurrentUser inlPlanner;
    private String prefix;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        ecuador = fixtures.country("EC");
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        plan = fixtures.plan(inlPlanner, "EC", Set.of(inl));
        fixtures.signInAsAdmin();
        prefix = PlanningFixtures.unique("Zq").replaceAll("[^A-Za-z0-9]", "") + " ";
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theAssignmentFormOffersOnlyThePositionsAndPeopleThatCanServeThePlan() throws Exception {
        long peru = fixtures.country("PE");
        long inEcuador = position("SCO officer Quito", inl, PostType.SECURITY_COOPERATION_OFFICE, ecuador);
        long atHeadquarters = position("Desk officer", inl, PostType.HEADQUARTERS, null);
        long atCommand = position("SOUTHCOM planner", inl, PostType.COMBATANT_COMMAND, null);
        long elsewhere = position("SCO officer Lima", inl, PostType.SECURITY_COOPERATION_OFFICE, peru);
        long otherAgency = position("DSCA SCO officer Quito", dsca, PostType.SECURITY_COOPERATION_OFFICE, ecuador);
        long inlPerson = person("Ana Torres", inl);
        long dscaPerson = person("Ben Ortiz", dsca);

        CurrentUser admin = TestUsers.user(-1, "admin", inl, Role.ADMIN);
        for (CurrentUser reader : new CurrentUser[] {admin, inlPlanner}) {
            Document page = planPage(reader, prefix);
            assertThat(values(page, "#positionId")).containsExactlyInAnyOrder(inEcuador, atHeadquarters, atCommand)
                    .doesNotContain(elsewhere, otherAgency);
            assertThat(values(page, "#personId")).containsExactly(inlPerson).doesNotContain(dscaPerson);
            assertThat(page.select("[data-testid=position-choices-more]")).isEmpty();
        }
        // the search narrows by title or post, people by name
        Document narrowed = planPage(inlPlanner, prefix + "SCO");
        assertThat(values(narrowed, "#positionId")).containsExactly(inEcuador);
        assertThat(values(narrowed, "#personId")).isEmpty();
        // in a plan both agencies take part in, each planner is offered only what they may assign: their agency's
        long shared = fixtures.plan(inlPlanner, "EC", Set.of(inl, dsca));
        fixtures.signInAsAdmin();
        CurrentUser dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        Document dscaPage = Jsoup.parse(mvc.perform(get("/plans/" + shared + "/workforce").param("find", prefix)
                .with(user(dscaPlanner))).andReturn().getResponse().getContentAsString());
        assertThat(values(dscaPage, "#positionId")).containsExactly(otherAgency);
        assertThat(values(dscaPage, "#personId")).containsExactly(dscaPerson);
        Document adminPage = Jsoup.parse(mvc.perform(get("/plans/" + shared + "/workforce").param("find", prefix)
                .with(user(admin))).andReturn().getResponse().getContentAsString());
        assertThat(values(adminPage, "#positionId")).containsExactlyInAnyOrder(inEcuador, atHeadquarters, atCommand,
                otherAgency);
        assertThat(values(adminPage, "#personId")).containsExactlyInAnyOrder(inlPerson, dscaPerson);
        // viewers and evaluators do not assign: no form, no choices
        for (Role role : new Role[] {Role.VIEWER, Role.EVALUATOR}) {
            Document page = planPage(fixtures.user("INL", role), prefix);
            assertThat(page.select("[data-testid=assignment-form]")).isEmpty();
        }
    }

    @Test
    void atMostAPageOfChoicesIsOfferedAndTheChosenOneIsKeptWhenAFailedSaveShowsTheFormAgain() throws Exception {
        int count = WorkforceService.CHOICE_LIMIT + 5;
        long last = 0;
        for (int i = 0; i < count; i++) {
            last = person(String.format("Person %03d", i), inl);
        }
        Document page = planPage(inlPlanner, prefix);
        assertThat(values(page, "#personId")).hasSize(WorkforceService.CHOICE_LIMIT).doesNotContain(last);
        assertThat(page.select("[data-testid=person-choices-more]").text()).contains(String.valueOf(count));

        String html = mvc.perform(post("/plans/" + plan + "/workforce/assignments").with(user(inlPlanner)).with(csrf())
                .param("personId", String.valueOf(last)).param("fiscalYear", "2027").param("role", "MANAGER")
                .param("fte", "0.5").param("find", prefix)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document again = Jsoup.parse(html);
        assertThat(values(again, "#personId")).contains(last);
        assertThat(again.select("#personId option[selected]").attr("value")).isEqualTo(String.valueOf(last));
        assertThat(again.select("#programId-error")).isNotEmpty();
        assertThat(again.select("input[type=hidden][name=find]").attr("value")).isEqualTo(prefix);
    }

    @Test
    void aPositionsHolderIsChosenAmongThePeopleOfItsAgency() throws Exception {
        long inlPerson = person("Carla Ruiz", inl);
        long dscaPerson = person("Dan Ruiz", dsca);
        long position = position("Program officer", inl, PostType.SECURITY_COOPERATION_OFFICE, ecuador);

        Document edit = Jsoup.parse(mvc.perform(get("/workforce/positions/" + position + "/edit")
                .param("who", prefix).with(user(inlPlanner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(values(edit, "#personId")).containsExactly(inlPerson).doesNotContain(dscaPerson);

        CurrentUser dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        Document created = Jsoup.parse(mvc.perform(get("/workforce/positions/new").param("who", prefix)
                .with(user(dscaPlanner))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(values(created, "#personId")).containsExactly(dscaPerson);
        mvc.perform(get("/workforce/positions/" + position + "/edit").with(user(dscaPlanner)))
                .andExpect(status().isForbidden());
    }

    private Document planPage(CurrentUser reader, String find) throws Exception {
        return Jsoup.parse(mvc.perform(get("/plans/" + plan + "/workforce").param("find", find).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Long> values(Document page, String select) {
        return page.select(select + " option").stream().map(Element::val).filter(v -> !v.isEmpty())
                .map(Long::valueOf).toList();
    }

    private long position(String title, long agency, PostType post, Long country) {
        return workforce.addPosition(new PositionCommand(prefix + title, agency, post, null, country,
                WorkforceCategory.FOREIGN_SERVICE, null, null, true, null, null, null));
    }

    private long person(String name, long agency) {
        return workforce.addPerson(new PersonCommand(prefix + name, agency, WorkforceCategory.FOREIGN_SERVICE, null,
                null, null, null));
    }
}
