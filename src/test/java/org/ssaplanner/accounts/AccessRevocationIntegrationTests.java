package org.ssaplanner.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.HttpClientSession;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 12, hole 1: an administrator's change to an account takes effect at once. Each case signs a planner
 * in through the real login form with a real HTTP client (a live session in PostgreSQL), makes the change as
 * administrator, and the very next request of that session is sent to the sign-in page: a page view as well
 * as a form post (a disabled planner can no longer save an edit).
 */
@SsaIntegrationTest
class AccessRevocationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    CreatedUser planner;
    HttpClientSession session;
    String password;

    @BeforeEach
    void plannerWithALiveSession() {
        asAdmin(() -> planner = users.create(new UserCommand("revoke." + UUID.randomUUID().toString().substring(0, 8),
                "Revocation Planner", null, null, agency("INL"), EnumSet.of(Role.PLANNER))));
        session = new HttpClientSession(port);
        password = session.signInAndChoosePassword(planner.username(), planner.oneTimePassword());
        assertThat(session.get("/plans").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(planner.username())).isEqualTo(1);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void disablingEndsTheSessionAtOnceAndAPendingFormPostIsNotSaved() {
        String token = session.csrfOf("/plans/new");
        asAdmin(() -> users.setEnabled(planner.id(), false));

        HttpResponse<String> post = session.postWithToken("/plans", token, "title", "Saved after disable?");
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(HttpClientSession.location(post)).endsWith("/login?expired");
        assertThat(jdbc.queryForObject("select count(*) from country_plan where title = 'Saved after disable?'",
                Integer.class)).isZero();
        assertEndedAndSignInRefusedOrAllowed(false);
    }

    @Test
    void removingARoleEndsTheSessionAtOnce() {
        changeAccount(detail -> users.update(planner.id(), detail.version(), new UserCommand(detail.username(),
                detail.fullName(), null, null, detail.agencyId(), EnumSet.of(Role.VIEWER))));
        assertEndedAndSignInRefusedOrAllowed(true);
    }

    @Test
    void movingToAnotherAgencyEndsTheSessionAtOnce() {
        changeAccount(detail -> users.update(planner.id(), detail.version(), new UserCommand(detail.username(),
                detail.fullName(), null, null, agency("DSCA"), detail.roles())));
        assertEndedAndSignInRefusedOrAllowed(true);
    }

    @Test
    void resettingThePasswordEndsTheSessionAtOnce() {
        String[] reset = new String[1];
        asAdmin(() -> reset[0] = users.resetPassword(planner.id()));
        assertEnded();
        assertThat(new HttpClientSession(port).signIn(planner.username(), password)).endsWith("/login?error");
        // the reset password is one-time again
        HttpClientSession again = new HttpClientSession(port);
        again.signIn(planner.username(), reset[0]);
        assertThat(HttpClientSession.location(again.get("/"))).endsWith("/account/password");
    }

    @Test
    void removingTheSecondFactorsEndsTheSessionAtOnce() {
        asAdmin(() -> users.removeSecondFactors(planner.id()));
        assertEnded();
    }

    @Test
    void aChangeThatDoesNotTouchAccessKeepsTheSession() {
        changeAccount(detail -> users.update(planner.id(), detail.version(), new UserCommand(detail.username(),
                "Renamed Planner", "renamed@example.org", "Analyst", detail.agencyId(), detail.roles())));
        assertThat(session.get("/plans").statusCode()).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordSignsOutTheOtherSessionsNotThisOne() {
        HttpClientSession other = new HttpClientSession(port);
        assertThat(other.signIn(planner.username(), password)).endsWith("/");
        assertThat(other.get("/plans").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(planner.username())).isEqualTo(2);

        String chosen = "another passphrase " + UUID.randomUUID();
        HttpResponse<String> changed = session.postForm("/account/password", "/account/password", "currentPassword",
                password, "newPassword", chosen, "confirmPassword", chosen);
        assertThat(HttpClientSession.location(changed)).endsWith("/account");
        assertThat(session.get("/plans").statusCode()).isEqualTo(200);
        assertThat(HttpClientSession.location(other.get("/plans"))).endsWith("/login?expired");
    }

    @Test
    void signingOutTheOtherSessionsFromMyAccount() {
        HttpClientSession other = new HttpClientSession(port);
        other.signIn(planner.username(), password);
        assertThat(session.get("/account").body()).contains("Active sessions").contains("this session");
        HttpResponse<String> out = session.postForm("/account/sessions/sign-out-others", "/account");
        assertThat(HttpClientSession.location(out)).endsWith("/account");
        assertThat(session.get("/account").statusCode()).isEqualTo(200);
        assertThat(HttpClientSession.location(other.get("/plans"))).endsWith("/login?expired");
    }

    private void changeAccount(Consumer<UserDetail> change) {
        asAdmin(() -> change.accept(users.get(planner.id())));
    }

    private void assertEnded() {
        HttpResponse<String> next = session.get("/plans");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(HttpClientSession.location(next)).endsWith("/login?expired");
        assertThat(sessionsOf(planner.username())).isZero();
        assertThat(session.get("/login?expired").body()).contains("Your session has ended");
    }

    private void assertEndedAndSignInRefusedOrAllowed(boolean mayStillSignIn) {
        assertEnded();
        String next = new HttpClientSession(port).signIn(planner.username(), password);
        assertThat(next).endsWith(mayStillSignIn ? "/" : "/login?error");
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                username);
    }

    private long agency(String code) {
        return agencies.tree().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private static void asAdmin(Runnable work) {
        TestUsers.signInAs("revocation-admin", 1, Role.ADMIN);
        try {
            work.run();
        } finally {
            TestUsers.signOut();
        }
    }

}
