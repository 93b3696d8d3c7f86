package org.ssaplanner.countryteam.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberCommand;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/** The roster's pages over HTTP: PRG, errors next to their fields, the 409 page, the plan page's section. */
@SsaIntegrationTest
class CountryTeamWebIntegrationTests {

    private static final String ISO3 = "BOL";

    @Autowired
    MockMvc mvc;
    @Autowired
    CountryTeamService team;
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
    private CurrentUser planner;
    private long inl;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        planner = fixtures.user("INL", Role.PLANNER);
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPersonIsAddedWithPostRedirectGetAndShownOnTheRoster() throws Exception {
        String name = PlanningFixtures.unique("INL Director ");
        LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusMonths(2);
        mvc.perform(post("/countries/" + ISO3 + "/team/members").with(user(planner)).with(csrf())
                .param("role", "INL_SECTION").param("name", name).param("agencyId", String.valueOf(inl))
                .param("contact", "inl-lapaz@example.gov").param("tourStart", "2024-08-01")
                .param("tourEnd", soon.toString()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/countries/" + ISO3 + "/team"));
        String page = mvc.perform(get("/countries/" + ISO3 + "/team").with(user(planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(name, "inl-lapaz@example.gov", "tour ends within 6 months", "Person: " + name);
    }

    @Test
    void badInputShowsTheFormAgainWithEachMessageNextToItsField() throws Exception {
        long before = count();
        mvc.perform(post("/countries/" + ISO3 + "/team/members").with(user(planner)).with(csrf())
                .param("name", " ").param("tourStart", "2026-05-01").param("tourEnd", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("memberForm", "role", "name", "agencyId", "tourEnd"))
                .andExpect(content().string(Matchers.containsString("The tour cannot end before it starts.")))
                .andExpect(content().string(Matchers.containsString("id=\"name-error\"")));
        mvc.perform(post("/countries/" + ISO3 + "/team/members").with(user(planner)).with(csrf())
                .param("role", "INL_SECTION").param("name", "x").param("agencyId", String.valueOf(inl))
                .param("tourStart", "not a date"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "tourStart", "typeMismatch"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aStaleEditAnswers409WithBothVersions() throws Exception {
        TestUsers.signIn(planner);
        long member = team.addMember(ISO3, new MemberCommand(TeamRole.INL_SECTION, PlanningFixtures.unique("INL "),
                inl, null, null, null, null));
        long opened = team.member(ISO3, member).version();
        team.updateMember(ISO3, member, opened, new MemberCommand(TeamRole.INL_SECTION, "Saved first", inl, null,
                null, null, null));
        TestUsers.signOut();
        mvc.perform(post("/countries/" + ISO3 + "/team/members/" + member).with(user(planner)).with(csrf())
                .param("version", String.valueOf(opened)).param("role", "INL_SECTION").param("name", "Saved second")
                .param("agencyId", String.valueOf(inl)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Saved first"),
                        Matchers.containsString("Saved second"))));
    }

    @Test
    void thePlanPageShowsTheCountryTeamAndItsPointsOfContact() throws Exception {
        long plan = fixtures.plan(planner, "BO", Set.of(inl));
        TestUsers.signIn(planner);
        String name = PlanningFixtures.unique("POC ");
        long member = team.addMember(ISO3, new MemberCommand(TeamRole.INL_SECTION, name, inl, null, null, null, null));
        TestUsers.signOut();
        mvc.perform(post("/plans/" + plan + "/contacts").with(user(planner)).with(csrf())
                .param("memberIds", String.valueOf(member)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + plan + "#plan-team"));
        // the plan page loads the section once it is scrolled to (its placeholder is the redirect's anchor)
        String page = mvc.perform(get("/plans/" + plan).with(user(planner))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"plan-team\"", "hx-get=\"/plans/" + plan + "/sections/plan-team\"");
        String section = mvc.perform(get("/plans/" + plan + "/sections/plan-team").header("HX-Request", "true")
                .with(user(planner))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(section).contains("data-testid=\"plan-country-team\"", name, "point of contact",
                "/countries/" + ISO3 + "/team");
        // another planner of the same country's agencies cannot name them
        CurrentUser other = fixtures.user("DSCA", Role.PLANNER);
        TestUsers.signOut();
        mvc.perform(post("/plans/" + plan + "/contacts").with(user(other)).with(csrf()).param("memberIds", ""))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCountryPageLinksToItsTeam() throws Exception {
        mvc.perform(get("/countries/" + ISO3).with(user(planner))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/countries/" + ISO3 + "/team")));
        mvc.perform(get("/countries/bol/team").with(user(planner))).andExpect(status().isFound())
                .andExpect(redirectedUrl("/countries/BOL/team"));
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from country_team_member", Long.class);
    }
}
