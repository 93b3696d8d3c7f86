package org.ssaplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's browser session without a browser: a real HTTP client with its own cookies against the running
 * application, signing in through the real login form (CSRF token read from the page). Redirects are not
 * followed, so tests see where the application sends the session.
 */
public final class HttpClientSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpClientSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login form; returns where the application sends the user next. */
    public String signIn(String username, String password) {
        HttpResponse<String> response = postForm("/login", "/login", "username", username, "password", password);
        assertThat(response.statusCode()).isEqualTo(302);
        return location(response);
    }

    /** Signs in with a one-time password and chooses a new one, as the application requires; returns it. */
    public String signInAndChoosePassword(String username, String oneTimePassword) {
        assertThat(signIn(username, oneTimePassword)).endsWith("/");
        HttpResponse<String> home = get("/");
        assertThat(location(home)).endsWith("/account/password");
        String chosen = "chosen passphrase " + UUID.randomUUID();
        HttpResponse<String> changed = postForm("/account/password", "/account/password", "currentPassword",
                oneTimePassword, "newPassword", chosen, "confirmPassword", chosen);
        assertThat(changed.statusCode()).as("password change accepted").isEqualTo(302);
        assertThat(get("/").statusCode()).isEqualTo(200);
        return chosen;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Posts a form with the CSRF token of the page {@code formPage} (read first with GET). */
    public HttpResponse<String> postForm(String path, String formPage, String... fields) {
        String token = csrf(get(formPage).body());
        return postWithToken(path, token, fields);
    }

    public HttpResponse<String> postWithToken(String path, String token, String... fields) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.add(fields[i] + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        form.add("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /** The CSRF token of a page (to post later with {@link #postWithToken}). */
    public String csrfOf(String page) {
        return csrf(get(page).body());
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }
}
