package org.ssaplanner.plans.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
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
 * The sections other modules contribute to the plan page, loaded on demand: placeholders on the page, the section
 * alone for htmx, a page of its own without JavaScript, 404 for a section the plan page has not or a plan that is not.
 */
@SsaIntegrationTest
class PlanSectionsWebIntegrationTests {

    private static final String[] DEFERRED = { "plan-team", "plan-suggestions", "plan-workforce", "plan-portfolio",
            "plan-findings", "plan-evidence" };

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

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void thePlanPageShowsAPlaceholderPerSectionThatLoadsItAloneWithHtmxOrOnAPageOfItsOwn() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CR", Set.of(inl));
        TestUsers.signOut();
        String base = "/plans/" + plan + "/sections/";

        for (String section : DEFERRED) {
            mvc.perform(get("/plans/" + plan).with(user(conductor))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("data-deferred-section=\"" + section + "\"")))
                    .andExpect(content().string(Matchers.containsString("hx-get=\"" + base + section + "\"")))
                    .andExpect(content().string(Matchers.containsString("href=\"" + base + section + "\"")));
            mvc.perform(get(base + section).header("HX-Request", "true").with(user(conductor)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Vary", Matchers.containsString("HX-Request")))
                    .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("data-deferred-section"))));
            mvc.perform(get(base + section).with(user(conductor))).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                    .andExpect(content().string(Matchers.containsString("<html")))
                    .andExpect(content().string(Matchers.containsString("href=\"/plans/" + plan + "\"")));
        }
        mvc.perform(get(base + "plan-team").header("HX-Request", "true").with(user(conductor)))
                .andExpect(content().string(Matchers.containsString("data-testid=\"plan-country-team\"")));
        mvc.perform(get(base + "plan-suggestions").with(user(conductor)))
                .andExpect(content().string(Matchers.containsString("data-testid=\"plan-suggestions\"")));
    }

    @Test
    void anUnknownSectionOrPlanIsNotFound() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CR", Set.of(inl));
        TestUsers.signOut();

        mvc.perform(get("/plans/" + plan + "/sections/no-such-section").with(user(conductor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + plan + "/sections/no-such-section").header("HX-Request", "true")
                .with(user(conductor))).andExpect(status().isNotFound());
        // an alert of the plan page is rendered with it, never alone
        mvc.perform(get("/plans/" + plan + "/sections/plan-alarm").with(user(conductor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + Long.MAX_VALUE + "/sections/plan-team").with(user(conductor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + plan + "/sections/plan-team")).andExpect(status().is3xxRedirection());
    }
}
