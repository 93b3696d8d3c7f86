package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.ssaplanner.SsaPlannerApplication;

/**
 * The application on an "external" PostgreSQL (a separate embedded server on a fixed port) that is stopped and
 * started again: meanwhile requests end with the "database is not answering" page (503) instead of hanging for
 * the pool's 30 s default or showing a stack trace, and afterwards the application works again without a restart,
 * with the same session.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableIntegrationTests {

    /** Far above the pool's 2.5 s connection timeout (a request may wait twice), far below Hikari's 30 s default: a hang fails the test. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final String PASSWORD = "Test-Admin-Password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @TempDir
    static Path root;

    private static int port;
    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext application;
    private static String base;

    @BeforeAll
    static void startDatabaseAndApplication() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = startDatabase();
        application = new SpringApplicationBuilder(SsaPlannerApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.main.banner-mode=off");
        base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownRequestsGetTheFriendlyPageAndAfterItIsBackEverythingWorksAgain(CapturedOutput output)
            throws Exception {
        HttpClient signedIn = client();
        signIn(signedIn);
        assertThat(get(signedIn, "/").statusCode()).isEqualTo(200);
        HttpClient onTheSignInPage = client();
        String token = csrf(get(onTheSignInPage, "/login").body());

        database.close();
        try {
            assertDatabaseNotAnswering(get(signedIn, "/"));
            assertDatabaseNotAnswering(get(signedIn, "/plans"));
            assertDatabaseNotAnswering(get(client(), "/login"));
            assertDatabaseNotAnswering(post(onTheSignInPage, "/login", "username=admin&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token));
            HttpResponse<String> stylesheet = get(client(), "/css/app.css");
            assertThat(stylesheet.statusCode()).as("the page's stylesheet needs no database").isEqualTo(200);
        } finally {
            database = startDatabase();
        }
        assertThat(output).as("no failure reached the servlet container (which would log it and render /error)")
                .doesNotContain("Servlet.service() for servlet");

        HttpResponse<String> home = untilAnswered(signedIn, "/");
        assertThat(home.statusCode()).as("the same session works again").isEqualTo(200);
        assertThat(home.body()).containsPattern("data-testid=\"signed-in-user\"[^>]*>admin<");
        assertThat(get(client(), "/login").statusCode()).isEqualTo(200);
        HttpClient newcomer = client();
        signIn(newcomer);
        assertThat(get(newcomer, "/plans").statusCode()).isEqualTo(200);
    }

    /** The pool creates its first new connection after a back-off of up to 5 s; that is the recovery waited for. */
    private static HttpResponse<String> untilAnswered(HttpClient client, String path)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = await().atMost(RECOVERY_TIMEOUT).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).pollInSameThread()
                .until(() -> get(client, path), answer -> answer.statusCode() != 503);
        System.out.printf("recovered %d ms after the database was back%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return response;
    }

    private static void assertDatabaseNotAnswering(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body())
                .contains("data-testid=\"error-database-unavailable\"")
                .contains("The database is not answering; nothing was saved.")
                .doesNotContain("Exception", "Hikari", "SQLState", "at org.", "at java.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("security headers stay").isPresent();
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("external"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static void signIn(HttpClient client) throws IOException, InterruptedException {
        String token = csrf(get(client, "/login").body());
        HttpResponse<String> response = post(client, "/login", "username=admin&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private static HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return send(client, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request.timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("%s %s -> %d in %d ms%n", response.request().method(), response.request().uri().getPath(),
                response.statusCode(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return response;
    }
}
