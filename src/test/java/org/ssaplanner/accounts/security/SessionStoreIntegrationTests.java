package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
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
import org.ssaplanner.shared.security.Role;

/**
 * The session row is written when the session's last access moved by the resolution (30 s by default) or its
 * id or user changed, not after every request (SessionStoreConfiguration). A real signed-in session through the
 * login form, the row read from PostgreSQL.
 */
@SsaIntegrationTest
class SessionStoreIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void requestsSoonAfterTheLastWriteLeaveTheRowAloneAndALaterOneRecordsTheAccess() {
        CreatedUser planner = createPlanner();
        HttpClientSession client = new HttpClientSession(port);
        client.signInAndChoosePassword(planner.username(), planner.oneTimePassword());
        Map<String, Object> signedIn = row(planner.username());

        assertThat(client.get("/plans").statusCode()).isEqualTo(200);
        assertThat(client.get("/plans").statusCode()).isEqualTo(200);
        assertThat(row(planner.username())).as("row after two requests within the resolution").isEqualTo(signedIn);

        // as if the last write were 31 s ago
        jdbc.update("update spring_session set last_access_time = last_access_time - 31000,"
                + " expiry_time = expiry_time - 31000 where principal_name = ?", planner.username());
        long requestedAt = System.currentTimeMillis();
        assertThat(client.get("/plans").statusCode()).isEqualTo(200);
        Map<String, Object> later = row(planner.username());
        assertThat((Long) later.get("last_access_time")).isGreaterThanOrEqualTo(requestedAt - 1000);
        assertThat((Long) later.get("expiry_time")).isEqualTo((Long) later.get("last_access_time")
                + 1000L * (Integer) later.get("max_inactive_interval"));
        assertThat(later.get("session_id")).isEqualTo(signedIn.get("session_id"));
    }

    @Test
    void signingInWithinTheResolutionStillWritesTheUserAndTheNewSessionId() {
        CreatedUser planner = createPlanner();
        HttpClientSession client = new HttpClientSession(port);
        // the sign-in form's session (anonymous, holding the CSRF token), then the sign-in within a second or two
        client.get("/login");
        client.signIn(planner.username(), planner.oneTimePassword());

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                planner.username())).isEqualTo(1);
    }

    private Map<String, Object> row(String username) {
        return jdbc.queryForMap("select session_id, last_access_time, expiry_time, max_inactive_interval"
                + " from spring_session where principal_name = ?", username);
    }

    private CreatedUser createPlanner() {
        TestUsers.signInAs("session-store-admin", 1, Role.ADMIN);
        try {
            long agency = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
            return users.create(new UserCommand("store." + UUID.randomUUID().toString().substring(0, 8),
                    "Session Store Planner", null, null, agency, EnumSet.of(Role.PLANNER)));
        } finally {
            TestUsers.signOut();
        }
    }
}
