package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.RawHttp;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.logging.LogValues;
import org.ssaplanner.shared.security.Role;

/**
 * The application behind a TLS-terminating proxy and against forged requests, on the real Tomcat: forwarded
 * headers honoured, HSTS and Secure cookies over HTTPS, unknown hosts refused, Tomcat's own refusals rendered as
 * the application's error page with its headers, bad input cut in the log, and a favicon.
 */
@SsaIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProxyHardeningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void aForgedHostIsRefusedInsteadOfBeingReflectedIntoRedirects() {
        RawHttp.Response direct = RawHttp.get(port, "/", "Host: evil.example", "Accept: text/html");
        assertThat(direct.status()).isEqualTo(400);
        assertThat(direct.header("Location")).isNull();
        assertThat(direct.body()).contains("data-testid=\"error-400\"").doesNotContain("evil.example");
        assertThat(direct.header("Content-Security-Policy")).contains("default-src 'self'");

        RawHttp.Response forwarded = RawHttp.get(port, "/", "Host: localhost", "X-Forwarded-Host: evil.example");
        assertThat(forwarded.status()).isEqualTo(400);
        assertThat(forwarded.header("Location")).isNull();

        RawHttp.Response allowed = RawHttp.get(port, "/", "Host: localhost:" + port);
        assertThat(allowed.status()).isEqualTo(302);
        assertThat(allowed.header("Location")).isEqualTo("http://localhost:" + port + "/login");
    }

    @Test
    void theHealthProbeAnswersWhateverTheHost() {
        assertThat(RawHttp.get(port, "/actuator/health", "Host: 10.1.2.3:8080").status()).isEqualTo(200);
    }

    @Test
    void behindAnHttpsProxyTheAppSendsHstsSecureCookiesAndHttpsRedirects() {
        RawHttp.Response https = RawHttp.get(port, "/login", "Host: localhost", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.7");
        assertThat(https.status()).isEqualTo(200);
        assertThat(https.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(https.headers("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));

        RawHttp.Response redirect = RawHttp.get(port, "/", "Host: localhost", "X-Forwarded-Proto: https");
        assertThat(redirect.header("Location")).isEqualTo("https://localhost/login");

        RawHttp.Response plain = RawHttp.get(port, "/login");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        assertThat(plain.headers("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void pathsTomcatRefusesGetTheApplicationsErrorPageWithItsHeaders() {
        for (String path : new String[] {"/%00", "/plans/%2e%2e/%2e%2e/etc", "/plans/%2e%2e/%2e%2e/%2e%2e/x"}) {
            RawHttp.Response refused = RawHttp.get(port, path, "X-Forwarded-Proto: https");
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).contains("data-testid=\"error-400\"").contains("Bad request")
                    .doesNotContain("Tomcat").doesNotContain("HTTP Status");
            assertThat(refused.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
            assertThat(refused.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(refused.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(refused.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(refused.header("Strict-Transport-Security")).as(path).contains("max-age");
        }
    }

    @Test
    void aHugeBadIdIsCutInTheLog(CapturedOutput output) throws Exception {
        String huge = "9".repeat(5000);
        mvc.perform(get("/plans/" + huge).with(user(TestUsers.user(1, "reader", 1, Role.VIEWER))))
                .andExpect(status().isBadRequest());
        assertThat(output.getOut() + output.getErr()).contains("MethodArgumentTypeMismatchException")
                .contains("(truncated)").doesNotContain("9".repeat(LogValues.MAX_LENGTH + 1));
    }

    @Test
    void theFaviconIsARealIconLinkedFromEveryPage() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        byte[] bytes = icon.body();
        assertThat(bytes.length).isGreaterThan(100);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]}).containsExactly(0, 0, 1, 0);
        assertThat(RawHttp.get(port, "/login").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }
}
