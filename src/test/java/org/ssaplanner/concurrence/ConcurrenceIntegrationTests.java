package org.ssaplanner.concurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserDetail;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanReviewProgress;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 1 on PostgreSQL, per role: a Colombia plan conducted by an INL planner with INL and DSCA
 * participating, submitted for review; INL and DSCA each have a concurrence official. An official answers for their
 * own agency only; the conductor approves only once every agency concurred; over a non-concurrence or an overdue
 * answer only an administrator approves, with a justification that stays on the plan.
 */
@SsaIntegrationTest
@RecordApplicationEvents
class ConcurrenceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
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

    PlanningFixtures fixtures;
    long inl;
    long dsca;
    long opdat;
    CurrentUser conductor;
    CurrentUser inlOfficial;
    CurrentUser dscaOfficial;
    CurrentUser dscaPlanner;
    CurrentUser admin;
    CurrentUser viewer;
    long plan;
    long objective;

    @BeforeEach
    void aPlanInReviewWithTwoAgenciesAndTheirOfficials() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        opdat = fixtures.agency("OPDAT");
        conductor = fixtures.user("INL", Role.PLANNER);
        inlOfficial = official("INL", Role.PLANNER);
        dscaOfficial = official("DSCA", Role.EVALUATOR);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        admin = fixtures.user("INL", Role.ADMIN);
        viewer = fixtures.user("DSCA", Role.VIEWER);
        plan = fixtures.plan(conductor, "CO", Set.of(dsca));
        objective = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Courts resolve organized-crime cases", null));
        plans.submit(plan, today().plusDays(10));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void submittingAsksEveryParticipatingAgencyByTheDueDate() throws Exception {
        ConcurrencePanel panel = panel(viewer);
        assertThat(panel.open()).isTrue();
        assertThat(panel.review().dueDate()).isEqualTo(today().plusDays(10));
        assertThat(panel.review().round()).isEqualTo(1);
        assertThat(panel.requests()).extracting(ConcurrencePanel.RequestView::agencyCode).containsExactly("DSCA", "INL");
        assertThat(panel.requests()).allMatch(r -> r.answer() == null && !r.overdue());
        assertThat(panel.requests().get(0).officials()).contains("Test " + Role.EVALUATOR);
        assertThat(events.stream(ConcurrenceRequested.class).filter(e -> e.planId() == plan))
                .extracting(ConcurrenceRequested::agencyId).containsExactlyInAnyOrder(inl, dsca);

        String page = mvc.perform(get("/plans/" + plan + "/concurrence").with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"concurrence-table\"", "0 of 2 concurred", "Awaited")
                .doesNotContain("data-testid=\"concurrence-answer\"");
        assertThat(mvc.perform(get("/plans/" + plan).with(user(viewer))).andReturn().getResponse()
                .getContentAsString()).contains("data-testid=\"plan-concurrence\"", "0 of 2 concurred");
    }

    @Test
    void anOfficialsHomePageCountsThePlansThatWaitForTheirAgencysAnswer() throws Exception {
        TestUsers.signIn(dscaOfficial);
        long before = concurrence.awaitingMyAgency().orElseThrow();
        assertThat(before).as("this plan, and those of other tests").isPositive();
        assertThat(mvc.perform(get("/").with(user(dscaOfficial))).andReturn().getResponse().getContentAsString())
                .contains("Concurrence requests", "/plans?status=INTERAGENCY_REVIEW");

        mvc.perform(answer(dscaOfficial, dsca, "CONCUR", "")).andExpect(status().is3xxRedirection());
        TestUsers.signIn(dscaOfficial);
        assertThat(concurrence.awaitingMyAgency()).contains(before - 1);

        // no duty, no card
        TestUsers.signIn(viewer);
        assertThat(concurrence.awaitingMyAgency()).isEmpty();
        assertThat(mvc.perform(get("/").with(user(viewer))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Concurrence requests");
    }

    @Test
    void aDueDateInThePastIsRefusedAndThePlanStaysADraft() throws Exception {
        TestUsers.signIn(conductor);
        long draft = fixtures.plan(conductor, "CO", Set.of(dsca));
        TestUsers.signIn(conductor);
        assertThatThrownBy(() -> plans.submit(draft, today().minusDays(1)))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("plan.review.due.past");
        mvc.perform(post("/plans/" + draft + "/submit").with(user(conductor)).with(csrf())
                        .param("reviewDueDate", today().minusDays(1).toString()))
                .andExpect(redirectedUrl("/plans/" + draft))
                .andExpect(flash().attribute("flashError", "plan.review.due.past"));
        assertThat(statusOf(draft)).isEqualTo(PlanStatus.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from concurrence_review where plan_id = ?", Long.class, draft))
                .isZero();
        mvc.perform(post("/plans/" + draft + "/submit").with(user(conductor)).with(csrf())
                        .param("reviewDueDate", today().toString()))
                .andExpect(flash().attribute("flash", "plan.status.changed"));
        assertThat(statusOf(draft)).isEqualTo(PlanStatus.INTERAGENCY_REVIEW);
    }

    @Test
    void anOfficialAnswersForTheirOwnAgencyOnlyAndTheConductorNotAtAll() throws Exception {
        TestUsers.signIn(dscaOfficial);
        assertThatThrownBy(() -> concurrence.answer(plan, concur(inl, version(inl))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(answer(dscaOfficial, inl, "CONCUR", "")).andExpect(status().isForbidden());
        mvc.perform(answer(dscaPlanner, dsca, "CONCUR", "")).andExpect(status().isForbidden());
        mvc.perform(answer(viewer, dsca, "CONCUR", "")).andExpect(status().isForbidden());
        mvc.perform(answer(admin, dsca, "CONCUR", "")).andExpect(status().isForbidden());
        // the conductor holding the duty for their agency still does not concur with their own plan
        fixtures.signInAsAdmin();
        users.setConcurrenceOfficial(conductor.id(), true);
        mvc.perform(answer(conductor, inl, "CONCUR", "")).andExpect(status().isForbidden());
        assertThat(panel(viewer).requests()).allMatch(r -> r.answer() == null);

        // the form is offered to the official of a participating agency only
        assertThat(mvc.perform(get("/plans/" + plan + "/concurrence").with(user(dscaOfficial))).andReturn()
                .getResponse().getContentAsString()).contains("data-testid=\"concurrence-answer\"", "Answer for DSCA");
        assertThat(mvc.perform(get("/plans/" + plan + "/concurrence").with(user(conductor))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("data-testid=\"concurrence-answer\"");
    }

    @Test
    void aNonConcurrenceNeedsItsReasonsAndMayNameTheObjectivesConcerned() throws Exception {
        String refused = mvc.perform(answer(dscaOfficial, dsca, "NON_CONCUR", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("A non-concurrence needs its reasons.");
        assertThat(answerOf(dsca)).isNull();

        mvc.perform(answer(dscaOfficial, dsca, "NON_CONCUR", "The maritime objective lacks a sustainment plan.")
                        .param("objectiveIds", String.valueOf(objective)))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flash", "concurrence.answered"));
        ConcurrencePanel.RequestView answered = request(dsca);
        assertThat(answered.answer()).isEqualTo(ConcurrenceAnswer.NON_CONCUR);
        assertThat(answered.comments()).isEqualTo("The maritime objective lacks a sustainment plan.");
        assertThat(answered.concerns()).containsExactly("Courts resolve organized-crime cases");
        assertThat(answered.answeredBy()).contains("Test " + Role.EVALUATOR);
        assertThat(answered.answeredAt()).isNotNull();
        assertThat(events.stream(ConcurrenceAnswered.class).filter(e -> e.planId() == plan))
                .extracting(ConcurrenceAnswered::answer).containsExactly(ConcurrenceAnswer.NON_CONCUR);

        // concur with comments needs the comments too; an objective of another plan is refused
        assertThat(mvc.perform(answer(dscaOfficial, dsca, "CONCUR_WITH_COMMENTS", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Write the comments of your concurrence");
        assertThat(mvc.perform(answer(dscaOfficial, dsca, "CONCUR", "").param("objectiveIds", "999999999"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Choose objectives and programs of this plan only.");
        assertThat(answerOf(dsca)).isEqualTo(ConcurrenceAnswer.NON_CONCUR);
    }

    @Test
    void aStaleAnswerIsAConflictNotASilentOverwrite() throws Exception {
        long seen = version(dsca);
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, concur(dsca, seen));
        assertThatThrownBy(() -> concurrence.answer(plan, new AnswerCommand(dsca, seen, ConcurrenceAnswer.NON_CONCUR,
                "Reasons", Set.of(), Set.of()))).isInstanceOf(StaleEditException.class);
        String conflict = mvc.perform(post("/plans/" + plan + "/concurrence").with(user(dscaOfficial)).with(csrf())
                        .param("agencyId", String.valueOf(dsca)).param("version", String.valueOf(seen))
                        .param("answer", "NON_CONCUR").param("comments", "Second thoughts"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("data-testid=\"conflict-table\"", "Second thoughts", "Concurs");
        assertThat(answerOf(dsca)).isEqualTo(ConcurrenceAnswer.CONCUR);
    }

    @Test
    void theConductorApprovesOnlyOnceEveryAgencyConcurred() throws Exception {
        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isFalse();
        assertThatThrownBy(() -> plans.transition(plan, PlanAction.APPROVE)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/plans/" + plan + "/approve").with(user(conductor)).with(csrf()))
                .andExpect(status().isForbidden());
        TestUsers.signIn(admin);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).as("nobody approves while answers are awaited")
                .isFalse();

        TestUsers.signIn(inlOfficial);
        concurrence.answer(plan, concur(inl, version(inl)));
        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isFalse();
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.CONCUR_WITH_COMMENTS,
                "Keep the radar sustainment funded.", Set.of(), Set.of()));
        assertThat(plans.reviewProgress(List.of(plan))).containsEntry(plan,
                new PlanReviewProgress.Progress(2, 2, false, false));

        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isTrue();
        TestUsers.signIn(dscaPlanner);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).as("a participating planner never approves").isFalse();
        mvc.perform(post("/plans/" + plan + "/approve").with(user(conductor)).with(csrf()))
                .andExpect(flash().attribute("flash", "plan.status.changed"));
        assertThat(statusOf(plan)).isEqualTo(PlanStatus.APPROVED);
        Map<String, Object> review = jdbc.queryForMap("select outcome, justification, closed_by from concurrence_review"
                + " where plan_id = ?", plan);
        assertThat(review).containsEntry("outcome", "APPROVED").containsEntry("closed_by", conductor.getUsername());
        assertThat(review.get("justification")).isNull();
        assertThat(events.stream(ReviewDecided.class).filter(e -> e.planId() == plan))
                .extracting(ReviewDecided::outcome).containsExactly(ReviewOutcome.APPROVED);

        // decided: answers are closed
        TestUsers.signIn(dscaOfficial);
        assertThatThrownBy(() -> concurrence.answer(plan, concur(dsca, version(dsca))))
                .isInstanceOf(ConcurrenceClosedException.class);
        mvc.perform(answer(dscaOfficial, dsca, "CONCUR", ""))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flashError", "concurrence.closed"));
    }

    @Test
    void anAdministratorApprovesOverANonConcurrenceWithAJustificationShownForGood() throws Exception {
        TestUsers.signIn(inlOfficial);
        concurrence.answer(plan, concur(inl, version(inl)));
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.NON_CONCUR,
                "Radar sustainment is not funded.", Set.of(), Set.of()));

        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isFalse();
        TestUsers.signIn(admin);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isTrue();
        assertThat(plans.approval(plan).reasons()).containsExactly("DSCA does not concur.");
        assertThatThrownBy(() -> plans.transition(plan, PlanAction.APPROVE))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("plan.approve.justification.required");
        mvc.perform(post("/plans/" + plan + "/approve").with(user(admin)).with(csrf()).param("justification", " "))
                .andExpect(redirectedUrl("/plans/" + plan + "#approval-decision"))
                .andExpect(flash().attribute("flashError", "plan.approve.justification.required"));
        assertThat(statusOf(plan)).isEqualTo(PlanStatus.INTERAGENCY_REVIEW);
        assertThat(mvc.perform(get("/plans/" + plan).with(user(admin))).andReturn().getResponse()
                .getContentAsString()).contains("data-testid=\"approval-decision\"", "DSCA does not concur.");

        mvc.perform(post("/plans/" + plan + "/approve").with(user(admin)).with(csrf())
                        .param("justification", "Approved over the non-concurrence of DSCA because the partner funds sustainment."))
                .andExpect(flash().attribute("flash", "plan.status.changed"));
        assertThat(statusOf(plan)).isEqualTo(PlanStatus.APPROVED);
        Map<String, Object> review = jdbc.queryForMap("select outcome, justification, overridden, closed_by"
                + " from concurrence_review where plan_id = ?", plan);
        assertThat(review).containsEntry("outcome", "APPROVED").containsEntry("closed_by", admin.getUsername())
                .containsEntry("justification",
                        "Approved over the non-concurrence of DSCA because the partner funds sustainment.");
        assertThat((String) review.get("overridden")).contains("Did not concur: DSCA.");
        for (CurrentUser anyone : List.of(viewer, conductor)) {
            assertThat(mvc.perform(get("/plans/" + plan).with(user(anyone))).andReturn().getResponse()
                    .getContentAsString()).contains("data-testid=\"concurrence-override\"",
                            "approved over objections by " + admin.getUsername(),
                            "because the partner funds sustainment");
        }
        assertThat(panel(viewer).history()).extracting(ConcurrencePanel.LogLine::kind)
                .contains(ConcurrenceLogKind.APPROVED_OVER_OBJECTIONS, ConcurrenceLogKind.ANSWERED,
                        ConcurrenceLogKind.REQUESTED);
    }

    @Test
    void anOverdueAnswerLetsOnlyAnAdministratorApprove() throws Exception {
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, concur(dsca, version(dsca)));
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ?", plan);
        ConcurrencePanel panel = panel(viewer);
        assertThat(panel.review().overdue()).isTrue();
        assertThat(request(inl).overdue()).isTrue();
        assertThat(request(dsca).overdue()).isFalse();
        assertThat(plans.reviewProgress(List.of(plan))).containsEntry(plan,
                new PlanReviewProgress.Progress(1, 2, false, true));
        TestUsers.signIn(conductor);
        assertThat(plans.canTransition(plan, PlanAction.APPROVE)).isFalse();
        TestUsers.signIn(admin);
        assertThat(plans.approval(plan).reasons()).containsExactly("INL did not answer by the due date.");
        plans.approve(plan, "Approved: INL was consulted in person.");
        assertThat(jdbc.queryForObject("select overridden from concurrence_review where plan_id = ?", String.class,
                plan)).isEqualTo("No answer by the due date: INL.");
    }

    @Test
    void returningToDraftKeepsTheAnswersAndResubmissionStartsFresh() {
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, concur(dsca, version(dsca)));
        TestUsers.signIn(conductor);
        plans.transition(plan, PlanAction.RETURN_TO_DRAFT);
        ConcurrencePanel closed = panel(viewer);
        assertThat(closed.open()).isFalse();
        assertThat(closed.review().outcome()).isEqualTo(ReviewOutcome.RETURNED_TO_DRAFT);
        assertThat(request(dsca).answer()).isEqualTo(ConcurrenceAnswer.CONCUR);

        TestUsers.signIn(conductor);
        plans.submit(plan, today().plusDays(5));
        ConcurrencePanel fresh = panel(viewer);
        assertThat(fresh.review().round()).isEqualTo(2);
        assertThat(fresh.requests()).allMatch(r -> r.answer() == null);
        assertThat(fresh.decisions()).extracting(ConcurrencePanel.Decision::round, ConcurrencePanel.Decision::outcome)
                .containsExactly(tuple(1, ReviewOutcome.RETURNED_TO_DRAFT));
        assertThat(fresh.history()).filteredOn(l -> l.kind() == ConcurrenceLogKind.ANSWERED)
                .extracting(ConcurrencePanel.LogLine::round, ConcurrencePanel.LogLine::agencyCode)
                .containsExactly(tuple(1, "DSCA"));
        assertThat(fresh.history()).filteredOn(l -> l.kind() == ConcurrenceLogKind.REQUESTED)
                .extracting(ConcurrencePanel.LogLine::round).containsOnly(1, 2).hasSize(4);
    }

    @Test
    void anAgencyAddedDuringReviewIsAskedAndOneRemovedIsWithdrawn() {
        TestUsers.signIn(conductor);
        PlanDetail detail = plans.get(plan);
        plans.update(plan, detail.version(), new PlanCommand(detail.country().id(), detail.title(),
                detail.startFiscalYear(), detail.endFiscalYear(), detail.desiredEndStates(), conductor.id(),
                Set.of(opdat)));
        ConcurrencePanel panel = panel(viewer);
        assertThat(panel.requests()).extracting(ConcurrencePanel.RequestView::agencyCode)
                .containsExactly("INL", "OPDAT");
        assertThat(panel.history()).filteredOn(l -> l.kind() == ConcurrenceLogKind.WITHDRAWN)
                .extracting(ConcurrencePanel.LogLine::agencyCode).containsExactly("DSCA");
        assertThat(events.stream(ConcurrenceRequested.class).filter(e -> e.planId() == plan))
                .extracting(ConcurrenceRequested::agencyId).contains(opdat);
        TestUsers.signIn(dscaOfficial);
        assertThatThrownBy(() -> concurrence.answer(plan, concur(dsca, 0)))
                .isInstanceOf(ConcurrenceClosedException.class).hasMessage("concurrence.notAsked");
    }

    @Test
    void administratorsGiveTheDutyOnTheUserPageForTheUsersOwnAgencyOnly() throws Exception {
        CurrentUser planner = fixtures.user("OPDAT", Role.PLANNER);
        mvc.perform(post("/admin/users/" + planner.id() + "/concurrence-official").with(user(planner)).with(csrf())
                .param("holds", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + planner.id() + "/concurrence-official").with(user(admin)).with(csrf())
                        .param("holds", "true"))
                .andExpect(redirectedUrl("/admin/users/" + planner.id()))
                .andExpect(flash().attribute("flash", "user.concurrence.given"));
        TestUsers.signIn(admin);
        assertThat(users.concurrenceAgencyOf(planner.id())).contains(opdat);
        assertThat(mvc.perform(get("/admin/users/" + planner.id()).with(user(admin))).andReturn().getResponse()
                .getContentAsString()).contains("Yes, answers concurrence requests for OPDAT");

        mvc.perform(post("/admin/users/" + viewer.id() + "/concurrence-official").with(user(admin)).with(csrf())
                        .param("holds", "true"))
                .andExpect(flash().attribute("flashError", "user.concurrence.readOnly"));
        TestUsers.signIn(admin);
        assertThat(users.concurrenceAgencyOf(viewer.id())).isEmpty();

        // moving the user to another agency ends the duty; the history shows both changes
        UserDetail detail = users.get(planner.id());
        users.update(planner.id(), detail.version(), new UserCommand(detail.username(), detail.fullName(), null, null,
                dsca, detail.roles()));
        assertThat(users.concurrenceAgencyOf(planner.id())).isEmpty();
        List<HistoryEntry.FieldChange> duty = users.history(planner.id()).stream()
                .flatMap(h -> h.changes().stream()).filter(c -> c.field().equals("concurrenceOfficial")).toList();
        // agencies by their labels in histories (issue 13, item 9)
        String opdatLabel = "OPDAT – Office of Overseas Prosecutorial Development, Assistance and Training";
        assertThat(duty).extracting(HistoryEntry.FieldChange::after).contains(opdatLabel);
        assertThat(duty).extracting(HistoryEntry.FieldChange::before).contains(opdatLabel);
        assertThatThrownBy(() -> jdbc.update("update app_user set concurrence_agency_id = ? where id = ?", inl,
                planner.id())).as("the database refuses a duty for another agency").isInstanceOf(Exception.class);
    }

    private CurrentUser official(String agencyCode, Role role) {
        CurrentUser user = fixtures.user(agencyCode, role);
        fixtures.signInAsAdmin();
        users.setConcurrenceOfficial(user.id(), true);
        return user;
    }

    private MockHttpServletRequestBuilder answer(CurrentUser who, long agency, String answer,
            String comments) {
        return post("/plans/" + plan + "/concurrence").with(user(who)).with(csrf())
                .param("agencyId", String.valueOf(agency)).param("version", String.valueOf(version(agency)))
                .param("answer", answer).param("comments", comments);
    }

    private AnswerCommand concur(long agency, long version) {
        return new AnswerCommand(agency, version, ConcurrenceAnswer.CONCUR, null, Set.of(), Set.of());
    }

    private ConcurrencePanel panel(CurrentUser who) {
        TestUsers.signIn(who);
        return concurrence.panel(plan);
    }

    private ConcurrencePanel.RequestView request(long agency) {
        return panel(viewer).requests().stream().filter(r -> r.agencyId() == agency).findFirst().orElseThrow();
    }

    private ConcurrenceAnswer answerOf(long agency) {
        return request(agency).answer();
    }

    private long version(long agency) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            return request(agency).version();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The plan's status, read as the viewer (a MockMvc request leaves no one signed in). */
    private PlanStatus statusOf(long planId) {
        TestUsers.signIn(viewer);
        return plans.get(planId).status();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
