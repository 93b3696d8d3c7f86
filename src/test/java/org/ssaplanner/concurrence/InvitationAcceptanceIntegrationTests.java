package org.ssaplanner.concurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.notifications.NotificationKind;
import org.ssaplanner.notifications.NotificationService;
import org.ssaplanner.notifications.NotificationView;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.suggestions.SuggestionService;

/**
 * Issue 14, section 2 on PostgreSQL, per role: the conductor (an INL planner) of a Colombia plan in review with INL
 * and DSCA invites OPDAT from the suggestions. OPDAT takes part with its acceptance pending; only OPDAT's concurrence
 * official (or an administrator) accepts or declines; a decline needs a reason, ends OPDAT's participation and is
 * shown with its suggestion; the official is told of the invitation and the conductor of the answer.
 */
@SsaIntegrationTest
class InvitationAcceptanceIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ConcurrenceService concurrence;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    NotificationService notifications;
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
    CurrentUser inlPlanner;
    CurrentUser opdatOfficial;
    CurrentUser opdatPlanner;
    CurrentUser dscaOfficial;
    CurrentUser evaluator;
    CurrentUser viewer;
    CurrentUser admin;
    long plan;

    @BeforeEach
    void aPlanInReviewAndOpdatInvited() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        opdat = fixtures.agency("OPDAT");
        conductor = fixtures.user("INL", Role.PLANNER);
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        opdatOfficial = official("OPDAT", Role.PLANNER);
        opdatPlanner = fixtures.user("OPDAT", Role.PLANNER);
        dscaOfficial = official("DSCA", Role.EVALUATOR);
        evaluator = fixtures.user("INL", Role.EVALUATOR);
        viewer = fixtures.user("OPDAT", Role.VIEWER);
        admin = fixtures.user("INL", Role.ADMIN);
        plan = fixtures.plan(conductor, "CO", Set.of(dsca));
        plans.submit(plan, today().plusDays(10));
        TestUsers.signIn(conductor);
        suggestions.invite(plan, opdat);
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theInvitedAgencyTakesPartWithItsAcceptancePendingShownOnThePanelAndThePlanPage() throws Exception {
        PlanInvitations.Invitation pending = invitation(viewer);
        assertThat(pending.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(pending.invitedBy()).isEqualTo(conductor.getUsername());
        assertThat(pending.answerable()).as("a viewer of OPDAT does not answer").isFalse();
        assertThat(invitation(opdatOfficial).answerable()).isTrue();
        assertThat(invitation(admin).answerable()).isTrue();
        assertThat(invitation(dscaOfficial).answerable()).isFalse();
        TestUsers.signIn(viewer);
        assertThat(plans.context(plan).participatingAgencyIds()).contains(opdat);
        assertThat(concurrence.panel(plan).requests()).extracting(ConcurrencePanel.RequestView::agencyCode)
                .as("invited during review: asked to concur too").contains("OPDAT");

        String panel = page(viewer, "/plans/" + plan + "/concurrence");
        assertThat(panel).contains("data-testid=\"concurrence-invitations\"", "Acceptance pending",
                "Invited by " + conductor.getUsername()).doesNotContain("data-testid=\"invitation-answer-OPDAT\"");
        assertThat(page(opdatOfficial, "/plans/" + plan + "/concurrence"))
                .contains("data-testid=\"invitation-answer-OPDAT\"");
        assertThat(page(viewer, "/plans/" + plan)).contains("data-testid=\"plan-invitations\"",
                "OPDAT: invited by " + conductor.getUsername());
        assertThat(page(opdatOfficial, "/plans/" + plan)).contains("Answer the invitation for OPDAT");

        await().atMost(WAIT).until(() -> kinds(opdatOfficial).contains(NotificationKind.AGENCY_INVITED));
        assertThat(kinds(opdatPlanner)).as("only the agency's officials").doesNotContain(NotificationKind.AGENCY_INVITED);
    }

    @Test
    void onlyTheInvitedAgencysOfficialOrAnAdministratorAnswers() throws Exception {
        for (CurrentUser other : List.of(conductor, inlPlanner, dscaOfficial, opdatPlanner, evaluator, viewer)) {
            mvc.perform(answer(other, "true", "")).andExpect(status().isForbidden());
            TestUsers.signIn(other);
            assertThatThrownBy(() -> concurrence.answerInvitation(plan,
                    new InvitationAnswerCommand(opdat, version(), true, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(invitation(viewer).status()).isEqualTo(InvitationStatus.PENDING);

        mvc.perform(answer(admin, "true", "")).andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flash", "invitation.accepted"));
        PlanInvitations.Invitation accepted = invitation(viewer);
        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.answeredBy()).isEqualTo(admin.getUsername());
    }

    @Test
    void theOfficialAcceptsTheConductorIsToldAndASecondAnswerIsRefused() throws Exception {
        mvc.perform(answer(opdatOfficial, "true", "")).andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flash", "invitation.accepted"));
        PlanInvitations.Invitation accepted = invitation(viewer);
        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.answeredBy()).isEqualTo(opdatOfficial.getUsername());
        assertThat(accepted.answeredAt()).isNotNull();
        TestUsers.signIn(viewer);
        assertThat(plans.context(plan).participatingAgencyIds()).contains(opdat);
        assertThat(page(viewer, "/plans/" + plan)).doesNotContain("data-testid=\"plan-invitations\"");
        assertThat(page(viewer, "/plans/" + plan + "/concurrence")).contains("Accepted by "
                + opdatOfficial.getUsername());

        await().atMost(WAIT).until(() -> kinds(conductor).contains(NotificationKind.INVITATION_ANSWERED));
        NotificationView notice = inbox(conductor).stream()
                .filter(n -> n.kind() == NotificationKind.INVITATION_ANSWERED).findFirst().orElseThrow();
        assertThat(notice.detail()).contains("OPDAT", "accepted");
        assertThat(notice.actor()).isEqualTo(opdatOfficial.getUsername());
        assertThat(notice.link()).isEqualTo("/plans/" + plan + "/concurrence");

        // answered already: a message, nothing changes
        mvc.perform(answer(opdatOfficial, "false", "Changed our mind"))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flashError", "invitation.alreadyAnswered"));
        assertThat(invitation(viewer).status()).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void aDeclineNeedsAReasonEndsTheParticipationAndIsShownWithTheSuggestion() throws Exception {
        long before = version();
        String refused = mvc.perform(answer(opdatOfficial, "false", "  ")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"invitation-error\"", "Give the reason for declining.");
        String noChoice = mvc.perform(post("/plans/" + plan + "/concurrence/invitations/" + opdat)
                        .with(user(opdatOfficial)).with(csrf()).param("version", String.valueOf(before)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noChoice).contains("Choose to accept or decline.");
        // stale: someone answered or changed it meanwhile
        mvc.perform(post("/plans/" + plan + "/concurrence/invitations/" + opdat).with(user(opdatOfficial))
                        .with(csrf()).param("version", String.valueOf(before + 7)).param("accept", "false")
                        .param("reason", "No staff"))
                .andExpect(status().isConflict());
        assertThat(invitation(viewer).status()).as("nothing saved").isEqualTo(InvitationStatus.PENDING);
        assertThat(version()).isEqualTo(before);
        TestUsers.signIn(viewer);
        assertThat(plans.context(plan).participatingAgencyIds()).contains(opdat);

        mvc.perform(answer(opdatOfficial, "false", "No prosecutors to spare before FY2028"))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flash", "invitation.declined"));
        PlanInvitations.Invitation declined = invitation(viewer);
        assertThat(declined.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(declined.reason()).isEqualTo("No prosecutors to spare before FY2028");
        TestUsers.signIn(viewer);
        assertThat(plans.context(plan).participatingAgencyIds()).doesNotContain(opdat).contains(inl, dsca);
        ConcurrencePanel panel = concurrence.panel(plan);
        assertThat(panel.requests()).extracting(ConcurrencePanel.RequestView::agencyCode)
                .as("its concurrence request is withdrawn").doesNotContain("OPDAT");
        assertThat(panel.history()).anyMatch(l -> l.kind() == ConcurrenceLogKind.WITHDRAWN
                && "OPDAT".equals(l.agencyCode()) && l.actor().equals(opdatOfficial.getUsername()));
        // the plan's history shows OPDAT leaving
        assertThat(plans.history(plan)).anyMatch(h -> h.changes().stream()
                .anyMatch(c -> c.field().equals("participatingAgencies") && c.before() != null
                        && c.before().contains("OPDAT") && c.after() != null && !c.after().contains("OPDAT")));

        TestUsers.signIn(conductor);
        DeclinedInvitation shown = suggestions.forPlan(plan).declinedOf(opdat);
        assertThat(shown.reason()).isEqualTo("No prosecutors to spare before FY2028");
        assertThat(shown.declinedBy()).isEqualTo(opdatOfficial.getUsername());
        assertThat(page(conductor, "/plans/" + plan + "/suggestions")).contains("data-testid=\"suggestion-declined\"",
                "Declined an invitation to this plan (by " + opdatOfficial.getUsername(),
                "No prosecutors to spare before FY2028");

        await().atMost(WAIT).until(() -> kinds(conductor).contains(NotificationKind.INVITATION_ANSWERED));
        assertThat(inbox(conductor).stream().filter(n -> n.kind() == NotificationKind.INVITATION_ANSWERED)
                .findFirst().orElseThrow().detail()).contains("OPDAT", "declined",
                "No prosecutors to spare before FY2028");

        // invited again: pending again, the decline stays in the history
        TestUsers.signIn(conductor);
        suggestions.invite(plan, opdat);
        TestUsers.signIn(viewer);
        assertThat(concurrence.invitations(plan).invitations()).extracting(PlanInvitations.Invitation::status)
                .containsExactly(InvitationStatus.PENDING, InvitationStatus.DECLINED);
        TestUsers.signIn(conductor);
        assertThat(suggestions.forPlan(plan).declinedOf(opdat)).as("takes part again").isNull();
    }

    @Test
    void anInvitationToADraftIsPendingTooAndWithdrawnWhenTheConductorRemovesTheAgency() throws Exception {
        long draft = fixtures.plan(conductor, "CO", Set.of(dsca));
        TestUsers.signIn(conductor);
        plans.inviteAgency(draft, opdat);
        assertThat(page(viewer, "/plans/" + draft)).contains("data-testid=\"plan-invitations\"")
                .doesNotContain("data-testid=\"plan-concurrence\"");
        TestUsers.signIn(viewer);
        assertThat(concurrence.pendingInvitations(draft).invitations()).hasSize(1);

        // the conductor takes OPDAT out again before it answered: the invitation is withdrawn
        TestUsers.signIn(conductor);
        PlanDetail detail = plans.get(draft);
        plans.update(draft, detail.version(), new PlanCommand(detail.country().id(),
                detail.title(), detail.startFiscalYear(), detail.endFiscalYear(), detail.desiredEndStates(),
                conductor.id(), Set.of(dsca)));
        TestUsers.signIn(viewer);
        assertThat(concurrence.invitations(draft).invitations()).extracting(PlanInvitations.Invitation::status)
                .containsExactly(InvitationStatus.WITHDRAWN);
        assertThat(concurrence.pendingInvitations(draft)).isNull();
        mvc.perform(post("/plans/" + draft + "/concurrence/invitations/" + opdat).with(user(opdatOfficial))
                        .with(csrf()).param("version", "0").param("accept", "true"))
                .andExpect(flash().attribute("flashError", "invitation.withdrawn"));
    }

    private MockHttpServletRequestBuilder answer(CurrentUser who, String accept, String reason) {
        return post("/plans/" + plan + "/concurrence/invitations/" + opdat).with(user(who)).with(csrf())
                .param("version", String.valueOf(version())).param("accept", accept).param("reason", reason);
    }

    private long version() {
        return jdbc.queryForObject("select version from concurrence_invitation where plan_id = ? and agency_id = ?"
                + " order by id desc limit 1", Long.class, plan, opdat);
    }

    private PlanInvitations.Invitation invitation(CurrentUser who) {
        return as(who, () -> concurrence.invitations(plan).invitations().get(0));
    }

    private String page(CurrentUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<NotificationView> inbox(CurrentUser who) {
        return as(who, () -> notifications.inbox(PageRequest.of(0, 50)).getContent());
    }

    private List<NotificationKind> kinds(CurrentUser who) {
        return inbox(who).stream().map(NotificationView::kind).toList();
    }

    private <T> T as(CurrentUser who, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(who);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private CurrentUser official(String agencyCode, Role role) {
        CurrentUser user = fixtures.user(agencyCode, role);
        fixtures.signInAsAdmin();
        users.setConcurrenceOfficial(user.id(), true);
        return user;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
