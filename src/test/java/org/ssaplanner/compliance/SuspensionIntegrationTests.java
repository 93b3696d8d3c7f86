package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 13, item 2: a credible incident against a unit that active programs assist is an alarm on the program, plan
 * and home pages; those who answer for a program (administrators, planners of its lead agency, its plan's conductor)
 * suspend it with a recorded reason, nobody else may; it resumes only once the incident is remediated. A Leahy
 * finding never offers a waiver request.
 */
@SsaIntegrationTest
class SuspensionIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SuspensionService suspensions;
    @Autowired
    RestrictionService restrictions;

    LeahyFixture leahy;
    long leahyDod;
    CurrentUser admin;
    CurrentUser leadPlanner;
    CurrentUser otherPlanner;
    CurrentUser evaluator;
    CurrentUser viewer;

    @BeforeEach
    void threeActiveProgramsAssistingABattalionWithACredibleKilling() {
        leahy = new LeahyFixture(context, 3).activate().credibleIncident();
        admin = TestUsers.user(-40, "suspension-admin", leahy.fixtures.agency("DOS"), Role.ADMIN);
        leadPlanner = TestUsers.user(-41, "suspension-inl-planner", leahy.inl, Role.PLANNER);
        otherPlanner = TestUsers.user(-42, "suspension-dsca-planner", leahy.dsca, Role.PLANNER);
        evaluator = TestUsers.user(-43, "suspension-inl-evaluator", leahy.inl, Role.EVALUATOR);
        viewer = TestUsers.user(-44, "suspension-inl-viewer", leahy.inl, Role.VIEWER);
        TestUsers.signInAs("suspension-test", 1, Role.ADMIN);
        leahyDod = restrictions.all().stream().filter(r -> r.code().equals("LEAHY_DOD")).findFirst().orElseThrow().id();
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theProgramPlanAndHomePagesRaiseTheAlarmAndNeverOfferAWaiver() throws Exception {
        long program = leahy.programs.get(0);
        String page = page("/programs/" + program, leadPlanner);
        assertThat(page).contains("data-testid=\"program-alarm\"", "assistance must stop",
                "suspend assistance to " + leahy.unitName, "Remediation is the way back",
                "/compliance/programs/" + program + "/suspend", "data-testid=\"not-waivable\"")
                .doesNotContain("/waivers/new?programId=" + program + "&amp;restrictionId=" + leahyDod);
        // oversight staff see the alarm but not the action
        assertThat(page("/programs/" + program, viewer)).contains("data-testid=\"program-alarm\"")
                .doesNotContain("/compliance/programs/" + program + "/suspend");
        assertThat(page("/compliance/programs/" + program, admin)).contains("data-testid=\"not-waivable\"")
                .doesNotContain("/waivers/new?programId=" + program + "&amp;restrictionId=" + leahyDod);

        String plan = page("/plans/" + leahy.plan, viewer);
        assertThat(plan).contains("data-testid=\"plan-alarm\"", "3 active programs are held by a blocking finding",
                leahy.titles.get(0), leahy.titles.get(2)).doesNotContain("cannot become active");
        // the findings section, which the plan page loads on demand
        assertThat(page("/plans/" + leahy.plan + "/sections/plan-findings", viewer)).contains(
                "3 active programs have a blocking finding", "their assistance must be suspended")
                .doesNotContain("cannot become active");

        assertThat(page("/", leahy.conductor)).contains("Active programs under a blocking finding",
                "active programs you answer for are held by blocking findings",
                "href=\"/compliance?severity=BLOCKING&amp;programStatus=ACTIVE\"");
        assertThat(page("/compliance?severity=BLOCKING&programStatus=ACTIVE&country=" + leahy.fixtures.country("CO"),
                viewer)).contains("data-testid=\"program-status-filter\"", leahy.titles.get(1));
        assertThat(page("/", leadPlanner)).contains("Active programs under a blocking finding");
        assertThat(page("/", viewer)).doesNotContain("Active programs under a blocking finding");
    }

    @Test
    void onlyThoseWhoAnswerForTheProgramMaySuspendIt() throws Exception {
        long first = leahy.programs.get(0);
        for (CurrentUser refused : List.of(otherPlanner, evaluator, viewer)) {
            mvc.perform(post("/compliance/programs/" + first + "/suspend").with(user(refused)).with(csrf())
                    .param("restrictionId", String.valueOf(leahyDod)).param("reason", "Stop"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/compliance/programs/" + first + "/suspend").with(user(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/compliance/programs/" + first + "/resume").with(user(refused)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(suspensionsOf(first)).isZero();
        assertThat(programStatus(first)).isEqualTo("ACTIVE");

        List<CurrentUser> allowed = List.of(admin, leadPlanner, leahy.conductor);
        for (int i = 0; i < allowed.size(); i++) {
            long program = leahy.programs.get(i);
            CurrentUser who = allowed.get(i);
            assertThat(page("/compliance/programs/" + program + "/suspend", who)).contains("10 U.S.C. 362",
                    "Reason for the suspension");
            mvc.perform(post("/compliance/programs/" + program + "/suspend").with(user(who)).with(csrf())
                    .param("restrictionId", String.valueOf(leahyDod)).param("reason", "Embassy instruction " + i))
                    .andExpect(redirectedUrl("/programs/" + program))
                    .andExpect(flash().attribute("flash", "suspension.recorded"));
            assertThat(programStatus(program)).isEqualTo("SUSPENDED");
            Map<String, Object> row = jdbc.queryForMap("select restriction_id, unit_id, reason, suspended_by,"
                    + " suspended_at, ended_at, finding_reason from compliance_suspension where program_id = ?", program);
            assertThat(row).containsEntry("restriction_id", leahyDod).containsEntry("unit_id", leahy.unit)
                    .containsEntry("reason", "Embassy instruction " + i).containsEntry("suspended_by", who.getUsername())
                    .containsEntry("ended_at", null);
            assertThat(row.get("suspended_at")).isNotNull();
            assertThat((String) row.get("finding_reason")).contains(leahy.unitName);
        }
    }

    @Test
    void aSuspensionNeedsAReasonIsRecordedAndResumesOnlyAfterRemediation() throws Exception {
        long program = leahy.programs.get(0);
        // no reason: the form again with the message, nothing saved
        String refused = mvc.perform(post("/compliance/programs/" + program + "/suspend").with(user(leadPlanner))
                .with(csrf()).param("restrictionId", String.valueOf(leahyDod)).param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Give the reason for the suspension.");
        assertThat(suspensionsOf(program)).isZero();
        TestUsers.signIn(leadPlanner);
        assertThatThrownBy(() -> suspensions.suspend(program, leahyDod, null))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("suspension.reason.required"));
        TestUsers.signOut();

        mvc.perform(post("/compliance/programs/" + program + "/suspend").with(user(leadPlanner)).with(csrf())
                .param("restrictionId", String.valueOf(leahyDod)).param("reason", "Training of the battalion stopped"))
                .andExpect(redirectedUrl("/programs/" + program));
        String page = page("/programs/" + program, viewer);
        assertThat(page).contains("Assistance suspended pending remediation", "by suspension-inl-planner",
                "Training of the battalion stopped", "data-testid=\"program-suspensions\"", "In force")
                .doesNotContain("resume-assistance");

        // still blocked: resuming is refused and the program stays suspended
        mvc.perform(post("/compliance/programs/" + program + "/resume").with(user(leadPlanner)).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program))
                .andExpect(flash().attribute("flashError", "suspension.stillBlocked"));
        assertThat(programStatus(program)).isEqualTo("SUSPENDED");

        leahy.remediate();
        assertThat(page("/programs/" + program, leadPlanner)).contains("The finding no longer blocks this program",
                "resume-assistance");
        mvc.perform(post("/compliance/programs/" + program + "/resume").with(user(leadPlanner)).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + program))
                .andExpect(flash().attribute("flash", "suspension.resumed"));
        assertThat(programStatus(program)).isEqualTo("ACTIVE");
        Map<String, Object> row = jdbc.queryForMap("select ended_by, ended_at, ended_status from compliance_suspension"
                + " where program_id = ?", program);
        assertThat(row).containsEntry("ended_by", "suspension-inl-planner").containsEntry("ended_status", "ACTIVE");
        assertThat(page("/programs/" + program, viewer)).doesNotContain("data-testid=\"program-alarm\"")
                .contains("data-testid=\"program-suspensions\"", "Training of the battalion stopped");
    }

    private String page(String path, CurrentUser who) throws Exception {
        var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String programStatus(long program) {
        return jdbc.queryForObject("select status from program where id = ?", String.class, program);
    }

    private long suspensionsOf(long program) {
        return jdbc.queryForObject("select count(*) from compliance_suspension where program_id = ?", Long.class,
                program);
    }
}
