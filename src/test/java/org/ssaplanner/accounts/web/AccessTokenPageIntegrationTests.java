package org.ssaplanner.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
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
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.security.Role;

/**
 * Personal access tokens made on My account, over real HTTP with the session in PostgreSQL: the token is shown once
 * after the redirect, works on the API at once, is refused after revocation, and is never shown again.
 */
@SsaIntegrationTest
class AccessTokenPageIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("data-testid=\"new-token-value\">(ssa_[A-Za-z0-9_-]+)<");
    private static final Pattern REVOKE = Pattern.compile("action=\"(/account/tokens/\\d+/revoke)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aTokenMadeOnMyAccountIsShownOnceWorksOnTheApiAndStopsWhenRevoked() throws Exception {
        TestUsers.signInAs("admin", 1, Role.ADMIN);
        long inl = agencies.tree().stream().filter(a -> a.code().equals("INL")).map(AgencySummary::id).findFirst()
                .orElseThrow();
        CreatedUser planner = users.create(new UserCommand("token." + UUID.randomUUID().toString().substring(0, 8),
                "Token Planner", null, null, inl, EnumSet.of(Role.PLANNER)));
        TestUsers.signOut();
        HttpClientSession browser = new HttpClientSession(port);
        browser.signInAndChoosePassword(planner.username(), planner.oneTimePassword());

        HttpResponse<String> refused = browser.postForm("/account/tokens", "/account", "name", " ", "scope", "READ",
                "expiresOn", LocalDate.now().plusYears(2).toString());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Give the token a name.").contains("no later than");
        assertThat(jdbc.queryForObject("select count(*) from personal_access_token where user_id = ?", Long.class,
                planner.id())).isZero();

        HttpResponse<String> made = browser.postForm("/account/tokens", "/account", "name", "dashboard", "scope",
                "READ", "expiresOn", LocalDate.now().plusDays(30).toString());
        assertThat(made.statusCode()).isEqualTo(302);
        String page = browser.get("/account").body();
        Matcher shown = TOKEN.matcher(page);
        assertThat(shown.find()).as("the new token is on the page after the redirect").isTrue();
        String token = shown.group(1);
        String listed = browser.get("/account").body();
        assertThat(listed).as("shown only once").doesNotContain(token);
        assertThat(listed).as("the date chosen, not the instant after it")
                .contains(LocalDate.now().plusDays(30) + ", end of day (UTC)");

        HttpClient script = HttpClient.newHttpClient();
        HttpRequest plans = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans?size=1"))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> answer = script.send(plans, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        // the browser's session cookie is no key to the API
        assertThat(browser.get("/api/v1/plans").statusCode()).isEqualTo(401);

        Matcher revoke = REVOKE.matcher(browser.get("/account").body());
        assertThat(revoke.find()).isTrue();
        assertThat(browser.postForm(revoke.group(1), "/account").statusCode()).isEqualTo(302);
        assertThat(script.send(plans, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }
}
