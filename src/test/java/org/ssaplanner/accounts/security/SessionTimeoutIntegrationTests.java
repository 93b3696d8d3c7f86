package org.ssaplanner.accounts.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.ssaplanner.BrowserTestSupport;
import org.ssaplanner.HttpClientSession;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.Role;

/**
 * Session limits with short configured times: idle timeout 20 s with a warning 16 s before it (so after 4 s),
 * absolute lifetime 60 s. The warning's "Stay signed in" keeps the session; once it has ended, the page keeps
 * the unsaved input and says so, and the next request goes to the sign-in page.
 * <p>
 * The times are long enough for a loaded machine (a stall of several seconds between two steps must neither end a
 * session early nor miss the warning), and every wait is bounded by them: the idle test sleeps past the idle
 * timeout (polling would be activity), the others wait with generous limits for what must happen, and check that
 * it did not happen too early.
 */
@TestPropertySource(properties = {"ssa.security.session.idle-timeout=20s", "ssa.security.session.warning-before=16s",
        "ssa.security.session.absolute-timeout=60s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionTimeoutIntegrationTests extends BrowserTestSupport {

    private static final Duration IDLE = Duration.ofSeconds(20);
    private static final Duration ABSOLUTE = Duration.ofSeconds(60);
    /** How much longer than a limit a test waits for its effect at most. */
    private static final Duration GRACE = Duration.ofSeconds(40);

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;

    private CompletableFuture<ActiveSessionEnd> activeSession;

    @Test
    void aWarningComesBeforeTheIdleTimeoutStaySignedInKeepsTheSessionAndAfterItTheInputIsKept() {
        CreatedUser planner = createPlanner();
        signInFirstTime(planner.username(), planner.oneTimePassword());
        page.navigate("/plans/new");
        page.fill("#title", "Unsaved plan title");

        assertThat(page.locator("[data-session-warning]")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(IDLE.toMillis()));
        assertThat(page.locator("[data-session-warning]")).containsText("Unsaved input on this page would be lost");
        screenshot("session-idle-warning");
        page.locator("[data-session-stay]").click();
        assertThat(page.locator("[data-session-warning]")).isHidden();

        // no more activity: the session ends; the page stays with the input and says how to go on
        assertThat(page.locator("[data-session-warning]")).containsText("Your session has ended",
                new LocatorAssertions.ContainsTextOptions()
                        .setTimeout(IDLE.plus(GRACE).toMillis()));
        Assertions.assertThat(page.inputValue("#title")).isEqualTo("Unsaved plan title");
        screenshot("session-ended");
        page.navigate("/plans");
        assertThat(page.getByTestId("session-ended")).isVisible();
    }

    @Test
    void theIdleTimeoutEndsASessionOnTheServer() throws InterruptedException {
        CreatedUser planner = createPlanner();
        HttpClientSession client = new HttpClientSession(port);
        client.signInAndChoosePassword(planner.username(), planner.oneTimePassword());
        // no request while waiting: any request would be activity
        Thread.sleep(IDLE.plusSeconds(2).toMillis());
        HttpResponse<String> afterIdle = client.get("/plans");
        Assertions.assertThat(HttpClientSession.location(afterIdle)).endsWith("/login?expired");
    }

    /**
     * Starts at once and runs beside the other tests (it only waits, in its own thread, with its own client): the
     * absolute lifetime is the longest wait of the class, and running it alone made the class take two minutes.
     */
    @BeforeAll
    void keepASessionActiveUntilItsAbsoluteLifetimeEnds() {
        CreatedUser planner = createPlanner();
        HttpClientSession client = new HttpClientSession(port);
        Instant signedIn = Instant.now();
        client.signInAndChoosePassword(planner.username(), planner.oneTimePassword());
        activeSession = CompletableFuture.supplyAsync(() -> {
            AtomicInteger answeredBefore = new AtomicInteger();
            // a request every 2 s keeps the session active, until its absolute lifetime ends it
            HttpResponse<String> ended = await().atMost(ABSOLUTE.plus(GRACE)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(2)).pollInSameThread()
                    .until(() -> client.get("/plans"), response -> {
                        if (response.statusCode() == 302) {
                            return true;
                        }
                        answeredBefore.incrementAndGet();
                        return false;
                    });
            return new ActiveSessionEnd(ended, Duration.between(signedIn, Instant.now()), answeredBefore.get());
        }, task -> {
            Thread waiting = new Thread(task, "absolute-lifetime-session");
            waiting.setDaemon(true);
            waiting.start();
        });
    }

    private record ActiveSessionEnd(HttpResponse<String> response, Duration after, int answeredBefore) {
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theAbsoluteLifetimeEndsEvenAnActiveSession() {
        ActiveSessionEnd end = activeSession.join();
        Assertions.assertThat(HttpClientSession.location(end.response())).endsWith("/login?expired");
        Assertions.assertThat(end.after()).isGreaterThanOrEqualTo(ABSOLUTE);
        Assertions.assertThat(end.answeredBefore()).as("requests answered before").isPositive();
        Assertions.assertThat(end.response().statusCode()).isEqualTo(302);
    }

    private CreatedUser createPlanner() {
        TestUsers.signInAs("timeout-admin", 1, Role.ADMIN);
        try {
            long agency = agencies.tree().stream().filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
            return users.create(new UserCommand("idle." + UUID.randomUUID().toString().substring(0, 8), "Idle Planner",
                    null, null, agency, EnumSet.of(Role.PLANNER)));
        } finally {
            TestUsers.signOut();
        }
    }
}
