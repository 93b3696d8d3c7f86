package org.ssaplanner.securitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.RawHttp;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverDecisionCommand;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.compliance.CompliancePrograms;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * What feeds the security log on the running application (sign-ins through Tomcat behind a proxy, lockouts,
 * waiver decisions, imports) and the page: who may read it, filters, CSV and the chain check.
 */
@SsaIntegrationTest
class SecurityLogWebIntegrationTests {

    private static final CurrentUser ADMIN = TestUsers.user(1, "admin", 1, Role.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    SecurityLogService log;
    @Autowired
    UserAccountService users;
    @Autowired
    WaiverService waivers;
    @Autowired
    RestrictionService restrictions;
    @Autowired
    ImportService imports;
    @Autowired
    ApplicationContext context;
    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void signInsThroughTheProxyAreRecordedWithTheClientsAddressAndFailuresWithTheReason() {
        CreatedUser account = newUser();
        assertThat(signIn(account.username(), "wrong-password", "198.51.100.23").header("Location"))
                .endsWith("/login?error");
        assertThat(signIn(account.username(), account.oneTimePassword(), "198.51.100.24").header("Location"))
                .endsWith("/");
        assertThat(signIn("nobody-" + account.username(), "whatever", "198.51.100.25").status()).isEqualTo(302);

        TestUsers.signIn(ADMIN);
        List<SecurityEventView> events = eventsOf(account.username());
        assertThat(events).extracting(SecurityEventView::type)
                .containsExactly("AUTHENTICATION_SUCCESS", "AUTHENTICATION_FAILURE");
        assertThat(events.get(0).remoteAddress()).isEqualTo("198.51.100.24");
        assertThat(events.get(1).remoteAddress()).isEqualTo("198.51.100.23");
        assertThat(events.get(1).details()).containsEntry("reason", "BadCredentialsException")
                .doesNotContainKey("details");
        assertThat(eventsOf("nobody-" + account.username())).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("AUTHENTICATION_FAILURE"));
    }

    @Test
    void aLockoutIsRecorded() {
        CreatedUser account = newUser();
        for (int i = 0; i < 5; i++) {
            signIn(account.username(), "wrong-" + i, "192.0.2.10");
        }
        TestUsers.signIn(ADMIN);
        assertThat(eventsOf(account.username())).filteredOn(e -> e.type().equals("ACCOUNT_LOCKED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.remoteAddress()).isEqualTo("192.0.2.10");
                    assertThat(e.details()).containsKeys("lockedUntil", "failedAttempts");
                });
    }

    @Test
    void waiverRequestsAndDecisionsAreRecordedWithWhoDecided() {
        // The test program is led by INL: only its planners (or the conductor, or an administrator) may request.
        TestUsers.signIn(ADMIN);
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        TestUsers.signInAs("waiver-requester", inl, Role.PLANNER);
        long program = CompliancePrograms.create(context, null, "POLICE", "INCLE").programId();
        long faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow()
                .id();
        long first = waivers.request(new WaiverRequestCommand(program, faa660, WaiverKind.WAIVER, null, "police"));
        TestUsers.signInAs("waiver-decider", 1, Role.ADMIN);
        waivers.approve(first, waivers.get(first).version(), new WaiverDecisionCommand("A. Official",
                "Secretary of State", LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), null));

        assertThat(eventsOf("waiver-requester")).filteredOn(e -> e.details().get("waiverId").equals("" + first))
                .extracting(SecurityEventView::type).containsExactly("WAIVER_REQUESTED");
        assertThat(eventsOf("waiver-decider")).filteredOn(e -> e.details().get("waiverId").equals("" + first))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo("WAIVER_APPROVED");
                    assertThat(e.details()).containsEntry("programId", "" + program)
                            .containsEntry("effective", "2031-01-01").containsEntry("expires", "2031-12-31")
                            .containsEntry("restriction", "22 U.S.C. 2420, FAA s.660");
                });
    }

    @Test
    void anImportSubmissionIsRecorded() {
        String importer = "importer-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.signInAs(importer, 1, Role.PLANNER);
        long id = imports.submit("not-a-csv.txt", new ByteArrayInputStream("<html>nope</html>".getBytes()));
        TestUsers.signIn(ADMIN);
        assertThat(eventsOf(importer)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("IMPORT_SUBMITTED");
            assertThat(e.details()).containsEntry("importId", "" + id).containsEntry("file", "not-a-csv.txt")
                    .containsEntry("status", "REFUSED").containsKey("sha256");
        });
    }

    @Test
    void administratorsAndOversightUsersReadTheLogOthersAreRefused() throws Exception {
        mvc.perform(get("/admin/security-log").with(user(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"security-log\"")));
        mvc.perform(get("/admin/security-log").with(user(TestUsers.user(2, "inspector", 1, Role.VIEWER))))
                .andExpect(status().isOk());
        for (Role role : List.of(Role.PLANNER, Role.EVALUATOR)) {
            CurrentUser other = TestUsers.user(3, "other", 1, role);
            mvc.perform(get("/admin/security-log").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/security-log/export").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/security-log/verify").with(user(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsAndTheLinksThatFollowTheFilters() throws Exception {
        CreatedUser account = newUser();
        signIn(account.username(), "wrong", "203.0.113.98");

        String fragment = mvc.perform(get("/admin/security-log").with(user(ADMIN)).header("HX-Request", "true")
                .param("user", account.username()).param("type", "AUTHENTICATION_FAILURE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("data-testid=\"security-log-results\"").contains("203.0.113.98")
                .doesNotContain("<form").doesNotContain("<html")
                .contains("hx-swap-oob=\"true\"")
                .contains("/admin/security-log/export?type=AUTHENTICATION_FAILURE&amp;user=" + account.username());

        String page = mvc.perform(get("/admin/security-log").with(user(ADMIN)).param("user", account.username()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<form").contains("data-testid=\"security-log-results\"")
                .doesNotContain("hx-swap-oob");
    }

    @Test
    void thePageFiltersExportsCsvAndShowsTheChainCheck() throws Exception {
        CreatedUser account = newUser();
        signIn(account.username(), "wrong", "203.0.113.99");
        signIn(account.username(), account.oneTimePassword(), "203.0.113.99");

        String filtered = mvc.perform(get("/admin/security-log").with(user(ADMIN))
                .param("user", account.username()).param("type", "AUTHENTICATION_FAILURE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("Sign-in failed").contains("203.0.113.99").doesNotContain("data-type=\"AUTHENTICATION_SUCCESS\"");

        String badDate = mvc.perform(get("/admin/security-log").with(user(ADMIN)).param("from", "yesterday")
                .param("user", account.username())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(badDate).contains("Not a date").contains("data-type=\"AUTHENTICATION_SUCCESS\"");

        String csv = mvc.perform(get("/admin/security-log/export").with(user(ADMIN)).param("user", account.username()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("Seq,Time (UTC),Type,Event,User,By,Address,Details,Hash,Previous hash");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("AUTHENTICATION_FAILURE").contains("Sign-in failed").contains("203.0.113.99");
        assertThat(lines.get(2)).contains("AUTHENTICATION_SUCCESS");

        String verified = mvc.perform(get("/admin/security-log/verify").with(user(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(verified).contains("data-testid=\"chain-verification\"").contains("Chain intact");
    }

    private RawHttp.Response signIn(String username, String password, String clientAddress) {
        RawHttp.Response page = RawHttp.get(port, "/login");
        String session = page.cookie("SESSION");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + page.csrfToken();
        return RawHttp.postForm(port, "/login", form, "Cookie: SESSION=" + session,
                "X-Forwarded-For: " + clientAddress);
    }

    private CreatedUser newUser() {
        TestUsers.signIn(ADMIN);
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        CreatedUser created = users.create(new UserCommand("seclog-" + UUID.randomUUID().toString().substring(0, 8),
                "Security Log", null, null, inl, Set.of(Role.VIEWER)));
        TestUsers.signOut();
        return created;
    }

    private List<SecurityEventView> eventsOf(String username) {
        return log.search(new SecurityEventFilter(null, username, null, null, null), PageRequest.of(0, 50))
                .getContent();
    }
}
