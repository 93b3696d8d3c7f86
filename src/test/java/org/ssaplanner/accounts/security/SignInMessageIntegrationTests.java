package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.ssaplanner.HttpClientSession;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserFilter;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.Role;

/**
 * One sign-in message: a wrong password gives "Wrong username or password." whether the user is unknown,
 * disabled or locked; only after the right password does the page say that the account is disabled or
 * locked. Administrators still see the lock.
 */
@SsaIntegrationTest
class SignInMessageIntegrationTests {

    static final String WRONG = "Wrong username or password.";
    static final String DISABLED = "This account is disabled.";
    static final String LOCKED = "This account is locked";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anUnknownUserGetsTheOneMessage() {
        assertThat(messageAfter("nobody-" + UUID.randomUUID(), "any password at all")).contains(WRONG);
    }

    @Test
    void aDisabledAccountSaysSoOnlyAfterTheRightPassword() {
        CreatedUser user = createUser();
        asAdmin(() -> users.setEnabled(user.id(), false));
        String wrong = messageAfter(user.username(), "not the password");
        assertThat(wrong).contains(WRONG).doesNotContain(DISABLED);
        assertThat(messageAfter(user.username(), user.oneTimePassword())).contains(DISABLED).doesNotContain(WRONG);
    }

    @Test
    void aLockedAccountSaysSoOnlyAfterTheRightPasswordAndAdministratorsSeeTheLock() {
        CreatedUser user = createUser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(messageAfter(user.username(), "wrong-" + attempt)).contains(WRONG);
        }
        String wrong = messageAfter(user.username(), "wrong-6");
        assertThat(wrong).contains(WRONG).doesNotContain(LOCKED);
        assertThat(messageAfter(user.username(), user.oneTimePassword())).contains(LOCKED).doesNotContain(WRONG);
        asAdmin(() -> {
            assertThat(users.get(user.id()).locked()).isTrue();
            assertThat(users.search(new UserFilter(user.username(), null, null, null),
                    PageRequest.of(0, 5)).getContent())
                    .singleElement().satisfies(summary -> assertThat(summary.locked()).isTrue());
        });
    }

    private String messageAfter(String username, String password) {
        HttpClientSession client = new HttpClientSession(port);
        assertThat(client.signIn(username, password)).endsWith("/login?error");
        return client.get("/login?error").body();
    }

    private CreatedUser createUser() {
        CreatedUser[] created = new CreatedUser[1];
        asAdmin(() -> created[0] = users.create(new UserCommand("msg." + UUID.randomUUID().toString().substring(0, 8),
                "Message Test", null, null, agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst()
                        .orElseThrow().id(), EnumSet.of(Role.PLANNER))));
        return created[0];
    }

    private static void asAdmin(Runnable work) {
        TestUsers.signInAs("message-admin", 1, Role.ADMIN);
        try {
            work.run();
        } finally {
            TestUsers.signOut();
        }
    }
}
