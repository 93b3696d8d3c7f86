package org.ssaplanner.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.ssaplanner.bench.Pages.Page;

/**
 * One role's walk through its pages (bench/README.md). For each page and each number of concurrent users
 * (closed model: 1, 8, 32 by default) one step: every virtual user signs in through the real login form
 * (GET /login for the CSRF token, POST username, password, _csrf; the users of a step 0.25 s apart), requests the
 * page until the last one has signed in and the warm-up has passed (not counted, silent in the report), then
 * requests it over and over for the measured duration, and signs out.
 * Steps run one after the other. Gatling's HTML report lists each step as "page @users"; {@link StepRecorder}
 * also writes each step's count, time window and percentiles to target/bench/steps-ROLE.tsv for the summary.
 */
public abstract class RoleSimulation extends Simulation {

    /** Time between two sign-ins of a step: bcrypt costs about 0.1 s of CPU, and concurrent sign-ins collide. */
    private static final Duration STAGGER = Duration.ofMillis(250);

    private final StepRecorder recorder = new StepRecorder();
    private final String role;

    protected RoleSimulation(String role) {
        this.role = role;
        BenchSettings settings = BenchSettings.load();
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("en-US").userAgentHeader("ssa-planner-bench (Gatling)");
        List<PopulationBuilder> steps = new ArrayList<>();
        for (Page page : Pages.of(settings, role)) {
            for (int users : settings.userLevels()) {
                String name = Pages.requestName(page, users);
                AtomicInteger arrivals = new AtomicInteger();
                long signInSpread = STAGGER.toNanos() * users;
                steps.add(scenario(name)
                        // sign-ins one after the other (STAGGER apart), then everybody warms up until the same moment
                        .exec(session -> session.set("arrival", arrivals.getAndIncrement() % users)
                                .set("measureFrom", recorder.epoch(name) + signInSpread + settings.warmUp().toNanos()))
                        .exec(session -> session.set("account", session.getInt("arrival") == 0 ? role
                                : role + "." + String.format("%02d", session.getInt("arrival") + 1)))
                        .pause(session -> STAGGER.multipliedBy(session.getInt("arrival")))
                        .exec(signIn("#{account}", settings.password()))
                        .asLongAs(session -> System.nanoTime() < session.getLong("measureFrom"))
                        .on(exec(http("warm-up").get(page.path()).silent()))
                        .exec(session -> {
                            recorder.start(name);
                            return session;
                        })
                        .during(settings.duration()).on(exec(session -> session.set("t0", System.nanoTime()))
                                .exec(http(name).get(page.path()).check(status().is(200),
                                        currentLocation().is(settings.baseUrl() + page.path()),
                                        substring("action=\"/login\"").notExists()))
                                .exec(session -> {
                                    recorder.record(name, System.nanoTime() - session.getLong("t0"), !session.isFailed());
                                    return session.markAsSucceeded();
                                }))
                        .exec(session -> {
                            recorder.end(name);
                            return session;
                        })
                        .exec(signOut())
                        // closed model: the users start together and each keeps one request in flight until the
                        // step's time is up (a user that ended early would be replaced within the first second)
                        .injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(1))));
            }
        }
        if (steps.isEmpty()) {
            // bench.pages chose none of this role's pages: Gatling needs one request, the health check
            setUp(scenario("no page of " + role + " selected")
                    .exec(http("no page of " + role + " selected").get("/actuator/health")
                            .header("Accept", "application/json"))
                    .injectOpen(atOnceUsers(1))).protocols(protocol);
            return;
        }
        PopulationBuilder chain = steps.get(steps.size() - 1);
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /**
     * Signs in through the form. The users of a step sign in one after the other, each with its own account: the
     * first with the role's named account (the planner is the conductor of the benchmark plans), the others with
     * role.02 to role.32 (same role and agency), as real users each have their own. (Concurrent sign-ins of one
     * account once failed with HTTP 500, an optimistic-lock failure when the sign-in was recorded; it is recorded
     * with one UPDATE now, and ten parallel sign-ins of one account all succeeded on 2026-12-01.) A user whose
     * sign-in fails anyway retries after a random pause, before the measurement.
     */
    static ChainBuilder signIn(String username, String password) {
        return tryMax(20).on(pause(Duration.ZERO, Duration.ofMillis(800))
                        .exec(http("sign-in form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf"))
                                .silent())
                        .exec(http("sign in").post("/login").formParam("username", username)
                                .formParam("password", password).formParam("_csrf", "#{csrf}")
                                .check(status().is(200),
                                        css("form[action='/logout'] input[name=_csrf]", "value").saveAs("csrf"))
                                .silent()))
                .exitHereIfFailed();
    }

    static ChainBuilder signOut() {
        return exec(http("sign-out page").get("/").check(css("form[action='/logout'] input[name=_csrf]", "value")
                        .saveAs("csrf")).silent())
                .exec(http("sign out").post("/logout").formParam("_csrf", "#{csrf}").silent());
    }

    @Override
    public void after() {
        try {
            BenchSettings settings = BenchSettings.load();
            Files.createDirectories(settings.resultsDirectory());
            var file = settings.resultsDirectory().resolve("steps-" + role + ".tsv");
            Files.writeString(file, recorder.tsv());
            System.out.printf(Locale.US, "BENCH steps of %s written to %s%n", role, file);
            System.out.print(recorder.tsv());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
