package org.ssaplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.compliance.BlockingFindingRaised;
import org.ssaplanner.compliance.BlockingFindingsRaised;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.LeahyFixture;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Issue 14, section 4, the whole path on PostgreSQL: a planner changes an INL justice program under INCLE to train
 * police; the compliance recomputation (after the change is saved) finds the blocking FAA s.660 finding, publishes
 * {@link BlockingFindingRaised} once, and the notice reaches the inboxes of INL's planners (the program's owners),
 * not those of another agency or of INL users who are not planners. Recomputing again raises nothing new. Several
 * new blocking findings of one recomputation (a battalion's credible gross violation blocks its three programs) come
 * as one {@link BlockingFindingsRaised} and one notice per planner listing them.
 */
@SsaIntegrationTest
@RecordApplicationEvents
class BlockingFindingNoticeIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramDetailService details;
    @Autowired
    FindingQueryService findings;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    PlanService plans;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aRecomputationThatFindsANewBlockingFindingPublishesItOnceAndTheLeadAgencysPlannersAreTold() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long incle = fixtures.authority("INCLE");
        CurrentUser owner = fixtures.user("INL", Role.PLANNER);
        CurrentUser colleague = fixtures.user("INL", Role.PLANNER);
        CurrentUser inlViewer = fixtures.user("INL", Role.VIEWER);
        CurrentUser otherAgency = fixtures.user("DSCA", Role.PLANNER);
        long planId = fixtures.plan(owner, "CO", Set.of(inl));
        String title = PlanningFixtures.unique("Court administration ");
        TestUsers.signIn(owner);
        long programId = programs.create(planId, ProgramCommandBuilder.program(title, inl, incle)
                .recipientType("JUSTICE").build());
        assertThat(findings(programId)).extracting(Finding::restrictionCode).doesNotContain("FAA_660");
        assertThat(raised(programId)).as("no blocking FAA s.660 finding yet")
                .noneMatch(e -> e.restrictionCitation().contains("660"));
        long before = raised(programId).size();

        TestUsers.signIn(owner);
        programs.update(programId, details.get(programId).version(), ProgramCommandBuilder.program(title, inl, incle)
                .recipientType("POLICE").build());

        assertThat(findings(programId)).anyMatch(f -> f.restrictionCode().equals("FAA_660"));
        List<BlockingFindingRaised> raised = raised(programId);
        assertThat(raised).hasSize((int) before + 1);
        BlockingFindingRaised event = raised.get(raised.size() - 1);
        assertThat(event.planId()).isEqualTo(planId);
        assertThat(event.leadAgencyId()).isEqualTo(inl);
        assertThat(event.programTitle()).isEqualTo(title);
        assertThat(event.restrictionCitation()).contains("660");
        assertThat(event.reason()).contains("Police");

        await().atMost(WAIT).until(() -> !notices(owner, programId).isEmpty() && !notices(colleague, programId)
                .isEmpty());
        NotificationView notice = notices(owner, programId).get(0);
        assertThat(notice.subject()).isEqualTo(title);
        assertThat(notice.detail()).contains(event.restrictionCitation(), "Police");
        assertThat(notice.link()).isEqualTo("/programs/" + programId);
        assertThat(notices(otherAgency, programId)).as("a planner of another agency").isEmpty();
        assertThat(notices(inlViewer, programId)).as("not a planner").isEmpty();

        // the finding is no longer new: a second recomputation publishes nothing
        TestUsers.signIn(owner);
        programs.update(programId, details.get(programId).version(), ProgramCommandBuilder.program(title + " (2)",
                inl, incle).recipientType("POLICE").build());
        assertThat(findings(programId)).anyMatch(f -> f.restrictionCode().equals("FAA_660"));
        assertThat(raised(programId)).hasSize((int) before + 1);
    }

    @Test
    void severalBlockingFindingsOfOneRecomputationComeAsOneNoticePerPlannerListingThem() {
        LeahyFixture leahy = new LeahyFixture(context, 3);
        CurrentUser owner = leahy.fixtures.user("INL", Role.PLANNER);
        CurrentUser otherAgency = leahy.fixtures.user("DSCA", Role.PLANNER);
        TestUsers.signOut();

        // a credible gross violation by the battalion: one recomputation of its programs blocks all three
        leahy.credibleIncident();

        List<BlockingFindingsRaised> digests = events.stream(BlockingFindingsRaised.class)
                .filter(d -> d.findings().stream().anyMatch(f -> leahy.programs.contains(f.programId()))).toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).findings()).extracting(BlockingFindingRaised::programId)
                .containsExactlyInAnyOrderElementsOf(leahy.programs);
        assertThat(digests.get(0).findings()).allMatch(f -> f.leadAgencyId() == leahy.inl);
        for (long program : leahy.programs) {
            assertThat(raised(program)).as("no single notice event besides the digest").isEmpty();
        }

        await().atMost(WAIT).until(() -> !digestsFor(owner, leahy.titles).isEmpty());
        List<NotificationView> notices = digestsFor(owner, leahy.titles);
        assertThat(notices).as("one notice, not one per finding").hasSize(1);
        NotificationView digest = notices.get(0);
        assertThat(digest.subject()).isEqualTo("3 new blocking findings on 3 programs");
        assertThat(digest.detail()).contains(leahy.titles.get(0), leahy.titles.get(1), leahy.titles.get(2));
        assertThat(digest.detail().lines()).hasSize(3);
        assertThat(digest.link()).isEqualTo("/plans/" + leahy.plan);
        assertThat(digestsFor(otherAgency, leahy.titles)).as("the programs are led by INL").isEmpty();
    }

    private List<NotificationView> digestsFor(CurrentUser who, List<String> titles) {
        return as(who, () -> notifications.inbox(PageRequest.of(0, 50)).getContent()).stream()
                .filter(n -> n.kind() == NotificationKind.BLOCKING_FINDING)
                .filter(n -> n.detail() != null && titles.stream().anyMatch(n.detail()::contains)).toList();
    }

    private List<BlockingFindingRaised> raised(long programId) {
        return events.stream(BlockingFindingRaised.class).filter(e -> e.programId() == programId).toList();
    }

    private List<NotificationView> notices(CurrentUser who, long programId) {
        return as(who, () -> notifications.inbox(PageRequest.of(0, 50)).getContent()).stream()
                .filter(n -> n.kind() == NotificationKind.BLOCKING_FINDING)
                .filter(n -> n.link().equals("/programs/" + programId)).toList();
    }

    private List<Finding> findings(long programId) {
        return SystemAuthentication.call(() -> findings.findingsFor(programId));
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
}
