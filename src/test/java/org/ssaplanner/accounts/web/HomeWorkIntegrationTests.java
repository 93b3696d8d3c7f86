package org.ssaplanner.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Each role's home page shows the work waiting for it, with the count of the list it links to: waivers awaiting
 * a decision for administrators, blocking findings for planners; oversight staff have nothing waiting.
 */
@SsaIntegrationTest
class HomeWorkIntegrationTests {

    private static final CurrentUser ADMIN = TestUsers.user(1, "admin", 1, Role.ADMIN);
    private static final CurrentUser PLANNER = TestUsers.user(2, "planner", 1, Role.PLANNER);
    private static final CurrentUser VIEWER = TestUsers.user(3, "viewer", 1, Role.VIEWER);

    @Autowired
    MockMvc mvc;
    @Autowired
    WaiverService waivers;
    @Autowired
    FindingQueryService findings;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdministratorSeesTheWaiversAwaitingADecision() throws Exception {
        String home = home(ADMIN);
        TestUsers.signIn(ADMIN);
        long waiting = waivers.search(new WaiverFilter(null, null, WaiverStatus.REQUESTED, null), PageRequest.of(0, 1))
                .getTotalElements();
        assertThat(home).contains("data-testid=\"home-work\"", "Waivers awaiting a decision",
                "href=\"/waivers?status=REQUESTED\"", ">" + waiting + "<").doesNotContain("Blocking findings");
    }

    @Test
    void aPlannerSeesTheBlockingFindings() throws Exception {
        String home = home(PLANNER);
        TestUsers.signIn(PLANNER);
        long blocking = findings.search(new FindingFilter(null, null, FindingSeverity.BLOCKING, null),
                PageRequest.of(0, 1)).getTotalElements();
        assertThat(home).contains("Blocking findings", "href=\"/compliance?severity=BLOCKING\"", ">" + blocking + "<")
                .doesNotContain("Waivers awaiting a decision");
    }

    @Test
    void oversightStaffHaveNothingWaitingAndTheEvaluationCardLinksToTheResults() throws Exception {
        assertThat(home(VIEWER)).doesNotContain("data-testid=\"home-work\"");
        assertThat(home(TestUsers.user(4, "evaluator", 1, Role.EVALUATOR))).contains("href=\"/reports/results\"");
    }

    private String home(CurrentUser who) throws Exception {
        return mvc.perform(get("/").with(user(who))).andReturn().getResponse().getContentAsString();
    }
}
