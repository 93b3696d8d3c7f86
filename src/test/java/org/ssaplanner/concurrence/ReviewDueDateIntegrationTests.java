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
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 1 on PostgreSQL, per role: the conductor (an INL planner) of a Colombia plan in review with INL
 * and DSCA moves the review's due date. Not into the past (a field message), recorded in the history, the officials
 * of the agencies whose answer is still awaited are told, the overdue marks follow the new date; only the conductor
 * and administrators move it.
 */
@SsaIntegrationTest
class ReviewDueDateIntegrationTests {

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
    CurrentUser conductor;
    CurrentUser inlPlanner;
    CurrentUser inlOfficial;
    CurrentUser dscaOfficial;
    CurrentUser evaluator;
    CurrentUser viewer;
    CurrentUser admin;
    long plan;

    @BeforeEach
    void aPlanInReviewWithTwoAgenciesAndTheirOfficials() {
        fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        inl = fixtures.agency("INL");
        dsca = fixtures.agency("DSCA");
        conductor = fixtures.user("INL", Role.PLANNER);
        inlPlanner = fixtures.user("INL", Role.PLANNER);
        inlOfficial = official("INL", Role.EVALUATOR);
        dscaOfficial = official("DSCA", Role.PLANNER);
        evaluator = fixtures.user("INL", Role.EVALUATOR);
        viewer = fixtures.user("INL", Role.VIEWER);
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
    void theConductorMovesTheDueDateItIsInTheHistoryAndTheOfficialsStillToAnswerAreTold() throws Exception {
        TestUsers.signIn(dscaOfficial);
        concurrence.answer(plan, new AnswerCommand(dsca, requestVersion(dsca), ConcurrenceAnswer.CONCUR, null,
                Set.of(), Set.of()));
        assertThat(page(conductor)).contains("data-testid=\"due-date-form\"");
        assertThat(page(viewer)).doesNotContain("data-testid=\"due-date-form\"");

        LocalDate later = today().plusDays(25);
        mvc.perform(change(conductor, later)).andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flash", "concurrence.due.changed"));

        ConcurrencePanel panel = panel(viewer);
        assertThat(panel.review().dueDate()).isEqualTo(later);
        assertThat(panel.history()).anyMatch(l -> l.kind() == ConcurrenceLogKind.DUE_DATE_CHANGED
                && l.actor().equals(conductor.getUsername())
                && l.text().equals(today().plusDays(10) + " → " + later));
        assertThat(page(viewer)).contains("Due date changed", "answers due by " + later);

        await().atMost(WAIT).until(() -> kinds(inlOfficial).contains(NotificationKind.REVIEW_DUE_DATE_CHANGED));
        NotificationView notice = inbox(inlOfficial).stream()
                .filter(n -> n.kind() == NotificationKind.REVIEW_DUE_DATE_CHANGED).findFirst().orElseThrow();
        assertThat(notice.detail()).contains("INL", later.toString(), today().plusDays(10).toString());
        assertThat(notice.link()).isEqualTo("/plans/" + plan + "/concurrence");
        assertThat(kinds(dscaOfficial)).as("DSCA answered already")
                .doesNotContain(NotificationKind.REVIEW_DUE_DATE_CHANGED);
    }

    @Test
    void theOverdueMarksFollowTheNewDueDate() throws Exception {
        jdbc.update("update concurrence_review set due_date = current_date - 2 where plan_id = ? and closed_at is null",
                plan);
        ConcurrencePanel late = panel(viewer);
        assertThat(late.review().overdue()).isTrue();
        assertThat(late.requests()).allMatch(ConcurrencePanel.RequestView::overdue);
        TestUsers.signIn(viewer);
        assertThat(concurrence.progress(List.of(plan)).get(plan).overdue()).isTrue();

        mvc.perform(change(admin, today().plusDays(3))).andExpect(flash().attribute("flash", "concurrence.due.changed"));
        ConcurrencePanel again = panel(viewer);
        assertThat(again.review().overdue()).isFalse();
        assertThat(again.requests()).noneMatch(ConcurrencePanel.RequestView::overdue);
        TestUsers.signIn(viewer);
        assertThat(concurrence.progress(List.of(plan)).get(plan).overdue()).isFalse();
        TestUsers.signIn(viewer);
        assertThat(concurrence.verdict(plan).orElseThrow().overdue()).isEmpty();
    }

    @Test
    void aPastOrMissingDateIsRefusedWithAFieldMessageAndAStaleFormIs409() throws Exception {
        String past = mvc.perform(change(conductor, today().minusDays(1))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(past).contains("data-testid=\"due-date-error\"", "The due date cannot be in the past.");
        String missing = mvc.perform(post("/plans/" + plan + "/concurrence/due-date").with(user(conductor))
                        .with(csrf()).param("version", String.valueOf(reviewVersion())).param("dueDate", "soon"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Give the new due date.");
        mvc.perform(post("/plans/" + plan + "/concurrence/due-date").with(user(conductor)).with(csrf())
                        .param("version", String.valueOf(reviewVersion() + 5))
                        .param("dueDate", today().plusDays(20).toString()))
                .andExpect(status().isConflict());
        assertThat(panel(viewer).review().dueDate()).as("nothing saved").isEqualTo(today().plusDays(10));
        assertThat(panel(viewer).history()).noneMatch(l -> l.kind() == ConcurrenceLogKind.DUE_DATE_CHANGED);
        // today is not in the past
        mvc.perform(change(conductor, today())).andExpect(flash().attribute("flash", "concurrence.due.changed"));
        assertThat(panel(viewer).review().dueDate()).isEqualTo(today());
    }

    @Test
    void onlyTheConductorAndAdministratorsMoveItAndOnlyWhileThePlanIsInReview() throws Exception {
        for (CurrentUser other : List.of(inlPlanner, inlOfficial, dscaOfficial, evaluator, viewer)) {
            mvc.perform(change(other, today().plusDays(20))).andExpect(status().isForbidden());
            TestUsers.signIn(other);
            assertThatThrownBy(() -> concurrence.changeDueDate(plan, reviewVersion(), today().plusDays(20)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(panel(viewer).review().dueDate()).isEqualTo(today().plusDays(10));

        TestUsers.signIn(conductor);
        plans.transition(plan, PlanAction.RETURN_TO_DRAFT);
        mvc.perform(change(conductor, today().plusDays(20)))
                .andExpect(redirectedUrl("/plans/" + plan + "/concurrence"))
                .andExpect(flash().attribute("flashError", "concurrence.due.closed"));
        assertThat(page(conductor)).doesNotContain("data-testid=\"due-date-form\"");
    }

    private MockHttpServletRequestBuilder change(CurrentUser who, LocalDate dueDate) {
        return post("/plans/" + plan + "/concurrence/due-date").with(user(who)).with(csrf())
                .param("version", String.valueOf(reviewVersion())).param("dueDate", dueDate.toString());
    }

    private long reviewVersion() {
        return jdbc.queryForObject("select version from concurrence_review where plan_id = ?"
                + " order by round desc limit 1", Long.class, plan);
    }

    private long requestVersion(long agency) {
        return jdbc.queryForObject("select r.version from concurrence_request r join concurrence_review v"
                + " on v.id = r.review_id where v.plan_id = ? and v.closed_at is null and r.agency_id = ?",
                Long.class, plan, agency);
    }

    private String page(CurrentUser who) throws Exception {
        return mvc.perform(get("/plans/" + plan + "/concurrence").with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private ConcurrencePanel panel(CurrentUser who) {
        return as(who, () -> concurrence.panel(plan));
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
