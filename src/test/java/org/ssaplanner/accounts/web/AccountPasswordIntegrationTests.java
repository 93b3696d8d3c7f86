package org.ssaplanner.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.HttpClientSession;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserValidationException;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.security.Role;

/**
 * One-time passwords and the password rules, through the real pages: a generated password must be replaced
 * at the next sign-in before anything else, and each broken rule is named next to the field.
 */
@SsaIntegrationTest
class AccountPasswordIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    CreatedUser user;
    HttpClientSession session;

    @BeforeEach
    void signedInWithAOneTimePassword() {
        TestUsers.signInAs("password-admin", 1, Role.ADMIN);
        user = users.create(new UserCommand("pw." + UUID.randomUUID().toString().substring(0, 9), "Password Person",
                null, null, agencies.tree().stream().filter(AgencySummary::active).findFirst().orElseThrow().id(), EnumSet.of(Role.PLANNER)));
        TestUsers.signOut();
        session = new HttpClientSession(port);
        assertThat(session.signIn(user.username(), user.oneTimePassword())).endsWith("/");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        for (String page : new String[] {"/", "/plans", "/programs", "/account", "/account/enrol", "/waivers/new"}) {
            HttpResponse<String> response = session.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(HttpClientSession.location(response)).as(page).endsWith("/account/password");
        }
        assertThat(session.get("/account/password").body()).contains("You signed in with a one-time password");

        String chosen = "my own long passphrase " + UUID.randomUUID();
        HttpResponse<String> changed = change(user.oneTimePassword(), chosen, chosen);
        assertThat(HttpClientSession.location(changed)).endsWith("/");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(session.get("/plans").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select password_change_required from app_user where username = ?",
                Boolean.class, user.username())).isFalse();

        HttpClientSession later = new HttpClientSession(port);
        assertThat(later.signIn(user.username(), user.oneTimePassword())).endsWith("/login?error");
        assertThat(later.signIn(user.username(), chosen)).endsWith("/");
        assertThat(later.get("/plans").statusCode()).isEqualTo(200);
    }

    @Test
    void spacesAroundAChosenPasswordArePartOfIt() {
        // form text is trimmed by TrimmedText; passwords are not
        String chosen = "  spaced passphrase " + UUID.randomUUID() + "  ";
        assertThat(HttpClientSession.location(change(user.oneTimePassword(), chosen, chosen))).endsWith("/");

        assertThat(new HttpClientSession(port).signIn(user.username(), chosen.strip())).endsWith("/login?error");
        assertThat(new HttpClientSession(port).signIn(user.username(), chosen)).endsWith("/");
    }

    @Test
    void eachRuleSaysWhatIsWrongAndNothingIsChanged() {
        String otp = user.oneTimePassword();
        assertRefused(change("not the current one", "a good long passphrase", "a good long passphrase"),
                "The current password is wrong.");
        assertRefused(change(otp, "too short", "too short"),
                "The password is too short: use at least 12 characters.");
        String tooLong = "x".repeat(129);
        assertRefused(change(otp, tooLong, tooLong), "The password is too long: use at most 128 characters.");
        assertRefused(change(otp, "1qaz2wsx3edc", "1qaz2wsx3edc"),
                "This password is on a list of common or breached passwords. Choose another.");
        assertRefused(change(otp, user.username().toUpperCase(), user.username().toUpperCase()),
                "The password must not be your user name.");
        assertRefused(change(otp, otp, otp), "The new password must differ from the current one.");
        assertRefused(change(otp, "a good long passphrase", "a good long passphrase!"),
                "The two new passwords differ.");
        assertThat(jdbc.queryForObject("select password_change_required from app_user where username = ?",
                Boolean.class, user.username())).isTrue();
    }

    @Test
    void theSameRulesApplyToAProvisionedPassword() {
        TestUsers.signInAs("password-admin", 1, Role.ADMIN);
        long agency = agencies.tree().stream().filter(AgencySummary::active).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.provision(new UserCommand("prov." + UUID.randomUUID().toString().substring(0, 8),
                "Provisioned", null, null, agency, Set.of(Role.ADMIN)), "a", false))
                .isInstanceOfSatisfying(UserValidationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.rule.tooShort");
                    assertThat(e.arguments()).containsExactly(12);
                });
        assertThatThrownBy(() -> users.provision(new UserCommand("prov." + UUID.randomUUID().toString().substring(0, 8),
                "Provisioned", null, null, agency, Set.of(Role.ADMIN)), "password1234", false))
                .isInstanceOfSatisfying(UserValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.rule.common"));
    }

    private HttpResponse<String> change(String current, String next, String again) {
        return session.postForm("/account/password", "/account/password", "currentPassword", current, "newPassword",
                next, "confirmPassword", again);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace("&#39;", "'")).contains(message);
    }
}
