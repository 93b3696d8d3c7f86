package org.ssaplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.compliance.BlockingFindingRaised;
import org.ssaplanner.concurrence.AnswerCommand;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 4 on PostgreSQL: a Colombia plan conducted by an INL planner with INL and DSCA participating,
 * each with a concurrence official, is submitted for review. The officials are asked, the conductor hears of the
 * answers and of the decision, an overdue request is announced once, a new blocking finding reaches the planners of
 * the program's lead agency; each user sees and marks only their own notices.
 */
@SsaIntegrationTest
class NotificationsIntegrationTests {

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
    NotificationService notifications;
    @Autowired
    OverdueCheck overdueCheck;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    ProgramService programs;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NotificationMailer mailer;

    PlanningFixtures fixtures;
    long inl;
    long dsca;
    CurrentUser conductor;
    CurrentUser inlOfficial;
    CurrentUser dscaOfficial;
    CurrentUser dscaPlanner;
    CurrentUser admin;
    long plan;

    @BeforeEach
    void aPlanInReviewWithTwoAgenciesAndTheirOfficials() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        conductor = fixtures.user("INL", Role.PLANNER);
        inlOfficial = official("INL", Role.PLANNER);
        dscaOfficial = official("DSCA", Role.EVALUATOR);
        dscaPlanner = fixtures.user("DSCA", Role.PLANNER);
        admin = fixtures.user("INL", Role.ADMIN);
        plan = fixtures.plan(conductor, "CO", Set.of(dsca));
        plans.submit(plan, today().plusDays(10));
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theOfficialsAreAskedTheConductorHearsTheAnswersAndTheDecision() {
        await().atMost(WAIT).until(() -> kinds(inlOfficial).contains(NotificationKind.CONCURRENCE_REQUESTED)
                && kinds(dscaOfficial).contains(NotificationKind.CONCURRENCE_REQUESTED));
        NotificationView asked = inbox(dscaOfficial).get(0);
        assertThat(asked.subject()).isEqualTo(title());
        assertThat(asked.detail()).contains("DSCA", today().plusDays(10).toString());
        assertThat(asked.link()).isEqualTo("/plans/" + plan + "/concurrence");
        assertThat(asked.read()).isFalse();
        assertThat(inbox(conductor)).isEmpty();
        assertThat(inbox(dscaPlanner)).as("only the officials of the agency asked").isEmpty();

        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.NON_CONCUR,
                "The budget for training is not in the plan", Set.of(), Set.of()));
        await().atMost(WAIT).until(() -> kinds(conductor).contains(NotificationKind.CONCURRENCE_ANSWERED));
        NotificationView answered = inbox(conductor).get(0);
        assertThat(answered.detail()).contains("DSCA", "Does not concur");
        assertThat(answered.actor()).isEqualTo(dscaOfficial.getUsername());

        TestUsers.signIn(inlOfficial);
        concurrence.answer(plan, new AnswerCommand(inl, version(inl), ConcurrenceAnswer.CONCUR, null, Set.of(),
                Set.of()));
        TestUsers.signIn(admin);
        plans.approve(plan, "Approved: DSCA's training budget follows in the next fiscal year.");
        await().atMost(WAIT).until(() -> kinds(conductor).contains(NotificationKind.REVIEW_DECIDED));
        // by kind, not the newest: the notices of INL's answer and of the decision are written asynchronously, in
        // either order
        NotificationView decided = inbox(conductor).stream().filter(n -> n.kind() == NotificationKind.REVIEW_DECIDED)
                .findFirst().orElseThrow();
        assertThat(decided.detail()).contains("approved", "training budget follows");
        assertThat(decided.actor()).isEqualTo(admin.getUsername());
        assertThat(kinds(inlOfficial)).containsExactly(NotificationKind.CONCURRENCE_REQUESTED);
    }

    @Test
    void withoutSmtpNoEMailIsSentAndTheNoticesAreWrittenAllTheSame() {
        assertThat(mailer.enabled()).as("no spring.mail.host in the tests' properties: no mail sender").isFalse();
        await().atMost(WAIT).until(() -> kinds(dscaOfficial).contains(NotificationKind.CONCURRENCE_REQUESTED));
    }

    @Test
    void anOverdueRequestIsAnnouncedOnceToTheOfficialsOfTheAgencyThatHasNotAnswered() {
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, version(dsca), ConcurrenceAnswer.CONCUR, null, Set.of(),
                Set.of()));
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ?", plan);

        overdueCheck.run();
        overdueCheck.run();

        assertThat(kinds(inlOfficial)).filteredOn(k -> k == NotificationKind.CONCURRENCE_OVERDUE).hasSize(1);
        assertThat(kinds(dscaOfficial)).doesNotContain(NotificationKind.CONCURRENCE_OVERDUE);
        NotificationView overdue = inbox(inlOfficial).stream()
                .filter(n -> n.kind() == NotificationKind.CONCURRENCE_OVERDUE).findFirst().orElseThrow();
        assertThat(overdue.detail()).contains("INL", today().minusDays(1).toString());

        // the conductor moves the due date: the overdue notice no longer holds and goes; once the new date has
        // passed unanswered, the request is announced again
        TestUsers.signIn(conductor);
        long reviewVersion = jdbc.queryForObject("select version from concurrence_review where plan_id = ?"
                + " and closed_at is null", Long.class, plan);
        concurrence.changeDueDate(plan, reviewVersion, today().plusDays(3));
        await().atMost(WAIT).until(() -> kinds(inlOfficial).contains(NotificationKind.REVIEW_DUE_DATE_CHANGED));
        assertThat(kinds(inlOfficial)).doesNotContain(NotificationKind.CONCURRENCE_OVERDUE);
        assertThat(kinds(dscaOfficial)).as("DSCA answered").doesNotContain(NotificationKind.REVIEW_DUE_DATE_CHANGED);
        jdbc.update("update concurrence_review set due_date = current_date - 1 where plan_id = ?", plan);
        overdueCheck.run();
        assertThat(kinds(inlOfficial)).filteredOn(k -> k == NotificationKind.CONCURRENCE_OVERDUE).hasSize(1);
    }

    @Test
    void aNewBlockingFindingReachesThePlannersOfTheLeadAgency() {
        transactions.executeWithoutResult(status -> events.publishEvent(new BlockingFindingRaised(4242L,
                "Police training " + plan, plan, dsca, 1L, "FAA 660", "Assistance to police is prohibited")));
        await().atMost(WAIT).until(() -> kinds(dscaPlanner).contains(NotificationKind.BLOCKING_FINDING));
        NotificationView finding = inbox(dscaPlanner).get(0);
        assertThat(finding.subject()).isEqualTo("Police training " + plan);
        assertThat(finding.detail()).isEqualTo("FAA 660: Assistance to police is prohibited");
        assertThat(finding.link()).isEqualTo("/programs/4242");
        assertThat(kinds(conductor)).as("a planner of another agency").doesNotContain(NotificationKind.BLOCKING_FINDING);
        assertThat(kinds(dscaOfficial)).as("not a planner").doesNotContain(NotificationKind.BLOCKING_FINDING);
    }

    @Test
    void theInboxShowsOnlyOnesOwnNoticesWithTheUnreadCountInTheNavigationBar() throws Exception {
        await().atMost(WAIT).until(() -> kinds(inlOfficial).contains(NotificationKind.CONCURRENCE_REQUESTED)
                && kinds(dscaOfficial).contains(NotificationKind.CONCURRENCE_REQUESTED));
        long mine = inbox(inlOfficial).get(0).id();
        long theirs = inbox(dscaOfficial).get(0).id();

        String page = mvc.perform(get("/inbox").with(user(inlOfficial))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(title(), "Concurrence requested", "1 unread notice",
                "data-testid=\"nav-inbox-count\">1<");
        assertThat(mvc.perform(get("/inbox").with(user(conductor))).andReturn().getResponse().getContentAsString())
                .contains("No notices yet").doesNotContain(title()).doesNotContain("nav-inbox-count");

        mvc.perform(post("/inbox/" + theirs + "/open").with(user(inlOfficial)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(inbox(dscaOfficial).get(0).read()).as("another user's notice stays unread").isFalse();

        mvc.perform(post("/inbox/" + mine + "/open").with(user(inlOfficial)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"));
        assertThat(inbox(inlOfficial).get(0).read()).isTrue();
        assertThat(unread(inlOfficial)).isZero();
        assertThat(mvc.perform(get("/plans/" + plan).with(user(inlOfficial))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("nav-inbox-count");

        mvc.perform(post("/inbox/read").with(user(dscaOfficial)).with(csrf())).andExpect(redirectedUrl("/inbox"));
        assertThat(unread(dscaOfficial)).isZero();
        mvc.perform(post("/inbox/999999999/open").with(user(dscaOfficial)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private List<NotificationView> inbox(CurrentUser who) {
        return as(who, () -> notifications.inbox(PageRequest.of(0, 50)).getContent());
    }

    private long unread(CurrentUser who) {
        return as(who, notifications::unreadCount);
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

    private String title() {
        return jdbc.queryForObject("select title from country_plan where id = ?", String.class, plan);
    }

    private long version(long agency) {
        return jdbc.queryForObject("select r.version from concurrence_request r join concurrence_review v"
                + " on v.id = r.review_id where v.plan_id = ? and v.closed_at is null and r.agency_id = ?",
                Long.class, plan, agency);
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
