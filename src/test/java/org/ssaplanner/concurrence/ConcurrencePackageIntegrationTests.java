package org.ssaplanner.concurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.ssaplanner.RawHttp;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 5: the concurrence package of a plan as a PDF. A Colombia plan with a theory of change and a
 * program, in review, where DSCA did not concur with reasons and INL has not answered yet: the PDF (read back with
 * PDFBox) holds the plan's title, its objective, its program with its funding and the concurrence table's agencies
 * and answers. A missing plan answers 404, a visitor who is not signed in is sent to sign in.
 */
@SsaIntegrationTest
class ConcurrencePackageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ConcurrenceService concurrence;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ProgramService programs;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void thePdfHoldsThePlanItsProgramsAndTheConcurrenceTable() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long dsca = fixtures.agency("DSCA");
        long incle = fixtures.authority("INCLE");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        CurrentUser dscaOfficial = fixtures.user("DSCA", Role.EVALUATOR);
        fixtures.signInAsAdmin();
        users.setConcurrenceOfficial(dscaOfficial.id(), true);
        CurrentUser viewer = fixtures.user("DSCA", Role.VIEWER);
        long plan = fixtures.plan(conductor, "CO", Set.of(dsca));
        long objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Courts resolve organized-crime cases", null));
        plans.addOutcome(plan, objective, new OutcomeCommand("Prosecutors bring cases to trial", null));
        programs.create(plan, fixtures.program("Prosecutor mentoring program", inl, incle));
        plans.submit(plan, LocalDate.now(ZoneOffset.UTC).plusDays(10));
        TestUsers.signIn(dscaOfficial);
        long version = jdbc.queryForObject("select r.version from concurrence_request r join concurrence_review v"
                + " on v.id = r.review_id where v.plan_id = ? and r.agency_id = ?", Long.class, plan, dsca);
        concurrence.answer(plan, new AnswerCommand(dsca, version, ConcurrenceAnswer.NON_CONCUR,
                "Training budget missing", Set.of(), Set.of()));
        TestUsers.signOut();
        String title = jdbc.queryForObject("select title from country_plan where id = ?", String.class, plan);

        MvcResult result = mvc.perform(get("/plans/" + plan + ".pdf").with(user(viewer)))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("plan-" + plan + ".pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Concurrence package: " + title, "Colombia", "Courts resolve organized-crime cases",
                "Prosecutors bring cases to trial", "Prosecutor mentoring program", "Programs with funding",
                "Compliance roll-up", "0 of 2 concurred", "Does not concur", "Training budget missing", "Awaited",
                "Decisions");
        assertThat(text.indexOf("DSCA")).as("the concurrence table names DSCA").isPositive();
        assertThat(text.substring(text.indexOf("Comments or reasons"))).contains("DSCA", "INL");
    }

    @Test
    void aMissingPlanIsNotFoundAndAVisitorSignsInFirst() throws Exception {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        CurrentUser viewer = fixtures.user("DSCA", Role.VIEWER);
        mvc.perform(get("/plans/999999999.pdf").with(user(viewer))).andExpect(status().isNotFound());
        // a request without a session (not MockMvc, which carries the test's security context)
        RawHttp.Response anonymous = RawHttp.get(port, "/plans/1.pdf", "Host: localhost:" + port);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
    }
}
