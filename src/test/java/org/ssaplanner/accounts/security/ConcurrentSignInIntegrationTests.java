package org.ssaplanner.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.ssaplanner.shared.security.Role;

/**
 * Several people (or browser tabs, or a load test's virtual users) sign in as the same account at the same
 * moment, through the real login form over HTTP: every one of them is signed in (no error page), and wrong
 * passwords sent in parallel are each counted, so the account locks at the configured threshold exactly.
 */
@SsaIntegrationTest
class ConcurrentSignInIntegrationTests {

    private static final int PARALLEL = 8;

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    LockoutProperties lockout;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void manySignInsOfOneAccountAtOnceAllSucceed() throws Exception {
        CreatedUser user = createUser();
        String password = new HttpClientSession(port).signInAndChoosePassword(user.username(), user.oneTimePassword());

        for (int round = 0; round < 3; round++) {
            List<HttpResponse<String>> homes = inParallel(PARALLEL, () -> {
                HttpClientSession session = new HttpClientSession(port);
                assertThat(session.signIn(user.username(), password)).as("sent on after sign-in").endsWith("/");
                return session.get("/");
            });
            assertThat(homes).allSatisfy(home -> assertThat(home.statusCode()).isEqualTo(200));
        }
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class,
                user.username())).isZero();
        assertThat(jdbc.queryForObject("select last_login_at is not null from app_user where username = ?",
                Boolean.class, user.username())).isTrue();
    }

    @Test
    void wrongPasswordsSentInParallelLockTheAccountAtTheThresholdExactly() throws Exception {
        int threshold = lockout.maxAttempts();
        CreatedUser user = createUser();
        String password = new HttpClientSession(port).signInAndChoosePassword(user.username(), user.oneTimePassword());

        List<String> failed = inParallel(threshold - 1, () -> new HttpClientSession(port).signIn(user.username(),
                "wrong password " + UUID.randomUUID()));
        assertThat(failed).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class,
                user.username())).as("every parallel failure counted").isEqualTo(threshold - 1);
        assertThat(lockedUntilSet(user)).isFalse();

        assertThat(new HttpClientSession(port).signIn(user.username(), "one wrong password too many"))
                .endsWith("/login?error");
        assertThat(lockedUntilSet(user)).as("locked at the threshold").isTrue();
        assertThat(lockEvents(user)).isEqualTo(1);

        HttpClientSession rightPassword = new HttpClientSession(port);
        assertThat(rightPassword.signIn(user.username(), password)).endsWith("/login?error");
        assertThat(rightPassword.get("/login?error").body()).contains("locked");
    }

    @Test
    void asManyWrongPasswordsAtOnceAsTheThresholdLockTheAccountOnce() throws Exception {
        int threshold = lockout.maxAttempts();
        CreatedUser user = createUser();
        String password = new HttpClientSession(port).signInAndChoosePassword(user.username(), user.oneTimePassword());

        inParallel(threshold, () -> new HttpClientSession(port).signIn(user.username(), "wrong " + UUID.randomUUID()));

        assertThat(lockedUntilSet(user)).isTrue();
        assertThat(lockEvents(user)).isEqualTo(1);
        assertThat(new HttpClientSession(port).signIn(user.username(), password)).endsWith("/login?error");
    }

    private boolean lockedUntilSet(CreatedUser user) {
        return jdbc.queryForObject("select locked_until > now() from app_user where username = ?", Boolean.class,
                user.username()) == Boolean.TRUE;
    }

    private int lockEvents(CreatedUser user) {
        return jdbc.queryForObject("select count(*) from security_event where type = 'ACCOUNT_LOCKED' and principal = ?",
                Integer.class, user.username());
    }

    private static <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private CreatedUser createUser() {
        TestUsers.signInAs("test-admin", 1, Role.ADMIN);
        try {
            long agencyId = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
            return users.create(new UserCommand("concurrent." + UUID.randomUUID().toString().substring(0, 8),
                    "Concurrent Sign-in", null, null, agencyId, EnumSet.of(Role.PLANNER)));
        } finally {
            TestUsers.signOut();
        }
    }
}
