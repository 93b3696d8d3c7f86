package org.ssaplanner.suggestions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

/** The suggestions' pages over HTTP: a dismissal without a reason, an invitation refused, the plan page's panel. */
@SsaIntegrationTest
class SuggestionWebIntegrationTests {

    @Autowired
    MockMvc mvc;
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

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aDismissalWithoutAReasonShowsTheMessageNextToTheFieldAndSavesNothing() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long uscg = fixtures.agency("USCG");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CR", Set.of(inl));
        TestUsers.signOut();

        mvc.perform(get("/plans/" + plan).with(user(conductor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-deferred-section=\"plan-suggestions\"")));
        mvc.perform(get("/plans/" + plan + "/sections/plan-suggestions").header("HX-Request", "true")
                .with(user(conductor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"plan-suggestions\"")));
        mvc.perform(post("/plans/" + plan + "/suggestions/" + uscg + "/dismiss").with(user(conductor)).with(csrf())
                .param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dismissForm", "reason"))
                .andExpect(content().string(Matchers.containsString("id=\"reason-error\"")));
        assertThat(jdbc.queryForObject("select count(*) from suggestion_dismissal where plan_id = ?", Long.class, plan))
                .isZero();
        // an agency that takes part is no suggestion: no dismiss form for it
        mvc.perform(get("/plans/" + plan + "/suggestions/" + inl + "/dismiss").with(user(conductor)))
                .andExpect(status().isNotFound());
        // inviting it again is refused with a message, not an error page
        mvc.perform(post("/plans/" + plan + "/suggestions/" + inl + "/invite").with(user(conductor)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + plan + "/suggestions"))
                .andExpect(flash().attribute("refusal", "INL already takes part in this plan."));

        mvc.perform(post("/plans/" + plan + "/suggestions/" + uscg + "/dismiss").with(user(conductor)).with(csrf())
                .param("reason", "Covered by the regional maritime program"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/plans/" + plan + "/suggestions"));
        mvc.perform(get("/plans/" + plan + "/suggestions").with(user(conductor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Covered by the regional maritime program")));
    }
}
