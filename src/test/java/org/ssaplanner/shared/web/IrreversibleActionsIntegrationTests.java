package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 13: irreversible actions (terminate a program, archive a plan, remove an objective) ask for confirmation
 * without relying on JavaScript. A POST without {@code confirm=true} changes nothing and answers with a page that
 * says so and offers the confirmed form; with it the action is taken. Users who may not act get 403 either way.
 */
@SsaIntegrationTest
class IrreversibleActionsIntegrationTests {

    @Autowired
    WebApplicationContext context;
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
    ProgramDetailService details;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    PlanningFixtures fixtures;
    CurrentUser conductor;
    CurrentUser viewer;
    long plan;
    long program;
    String programTitle;

    @BeforeEach
    void aPlanWithAProgram() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        conductor = fixtures.user("INL", Role.PLANNER);
        viewer = fixtures.user("INL", Role.VIEWER);
        plan = fixtures.plan(conductor, "CO", Set.of(inl));
        programTitle = PlanningFixtures.unique("Irreversible ");
        program = programs.create(plan, fixtures.program(programTitle, inl, fixtures.authority("INCLE")));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void terminatingAProgramWithoutConfirmationChangesNothingAndSaysWhy() throws Exception {
        MockHttpServletResponse asked = mvc.perform(post("/programs/" + program + "/terminate")
                .with(user(conductor)).with(csrf())).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("data-testid=\"confirm-page\"")
                .contains("Terminate the program " + programTitle + "?")
                .contains("Nothing has been changed yet")
                .contains("action=\"/programs/" + program + "/terminate\"")
                .contains("name=\"confirm\" value=\"true\"");
        assertThat(status()).isEqualTo(ProgramStatus.PROPOSED);

        assertThat(mvc.perform(post("/programs/" + program + "/terminate").with(user(viewer)).with(csrf()))
                .andReturn().getResponse().getStatus()).as("a viewer is refused before being asked").isEqualTo(403);
        assertThat(mvc.perform(post("/programs/" + program + "/terminate").param("confirm", "true")
                .with(user(viewer)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(status()).isEqualTo(ProgramStatus.PROPOSED);

        assertThat(mvc.perform(post("/programs/" + program + "/terminate").param("confirm", "true")
                .with(user(conductor)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/programs/" + program);
        assertThat(status()).isEqualTo(ProgramStatus.TERMINATED);
    }

    @Test
    void archivingAPlanWithoutConfirmationChangesNothingAndSaysWhy() throws Exception {
        fixtures.signInAsAdmin();
        plans.transition(plan, PlanAction.SUBMIT);
        // issue 14: with the agencies' answers overdue an administrator approves over them, with a justification
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ? and closed_at is null",
                plan);
        plans.approve(plan, "Approved over the overdue answers (test)");
        TestUsers.signOut();

        MockHttpServletResponse asked = mvc.perform(post("/plans/" + plan + "/archive")
                .with(user(conductor)).with(csrf())).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("Archive the plan")
                .contains("Nothing has been changed yet")
                .contains("action=\"/plans/" + plan + "/archive\"");
        assertThat(planStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(mvc.perform(post("/plans/" + plan + "/archive").with(user(viewer)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(mvc.perform(post("/plans/" + plan + "/archive").param("confirm", "true")
                .with(user(conductor)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/plans/" + plan);
        assertThat(planStatus()).isEqualTo(PlanStatus.ARCHIVED);
    }

    @Test
    void removingAnObjectiveWithoutConfirmationKeepsIt() throws Exception {
        TestUsers.signIn(conductor);
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE, "Courts", null));
        TestUsers.signOut();

        MockHttpServletResponse asked = mvc.perform(post("/plans/" + plan + "/objectives/" + objective + "/remove")
                .with(user(conductor)).with(csrf())).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("Remove this objective of")
                .contains("Nothing has been changed yet");
        assertThat(objectives()).isEqualTo(1);

        mvc.perform(post("/plans/" + plan + "/objectives/" + objective + "/remove").param("confirm", "true")
                .with(user(conductor)).with(csrf()));
        assertThat(objectives()).isZero();
    }

    private ProgramStatus status() {
        fixtures.signInAsAdmin();
        try {
            return details.get(program).status();
        } finally {
            TestUsers.signOut();
        }
    }

    private PlanStatus planStatus() {
        fixtures.signInAsAdmin();
        try {
            return plans.get(plan).status();
        } finally {
            TestUsers.signOut();
        }
    }

    private int objectives() {
        fixtures.signInAsAdmin();
        try {
            return plans.get(plan).objectives().size();
        } finally {
            TestUsers.signOut();
        }
    }
}
