package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssaplanner.SsaIntegrationTest;

/** The whole chain over HTTP as a signed-in administrator: multipart upload, progress fragment, country picture. */
@SsaIntegrationTest
class ImportWebIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrf(get("/login").body());
        String form = "username=admin&password=" + URLEncoder.encode("Test-Admin-Password-1", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
        String token = csrf(get("/imports").body());
        String boundary = "----ssa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void uploadFollowProgressAndReadTheCountryPicture() throws Exception {
        Path file = SharedData.faGov("foreignassistance.csv");
        HttpResponse<String> uploaded = upload(file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).matches("/imports/\\d+");

        String fragment = "";
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            fragment = get(location, "HX-Request", "true").body();
            if (!fragment.contains("hx-trigger")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(fragment).contains("id=\"import-progress\"").contains(">Succeeded<").doesNotContain("<html");

        HttpResponse<String> page = get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("foreignassistance.csv").contains("No rows were rejected.");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");

        HttpResponse<String> picture = get("/countries/TWN");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).contains("Taiwan").contains("IMET").contains("Military")
                .contains("data-fy=\"1947\"").contains("$4,381,780,203.00");
        assertThat(get("/countries").body()).contains("/countries/TWN");
        assertThat(get("/imports/mappings").statusCode()).isEqualTo(200);
        assertThat(get("/countries/TWN/activities.csv").body()).startsWith("Activity ID,");
        assertThat(get("/webjars/chart.js/dist/chart.umd.js").statusCode()).isEqualTo(200);
    }

    @Test
    void anHtmlPageRenamedToCsvIsRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> uploaded = upload("export.csv",
                "<!DOCTYPE html><html><body>Session expired</body></html>".getBytes(StandardCharsets.UTF_8));
        String location = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
        String page = get(location).body();
        assertThat(page).contains(">Refused<").contains("The file is a web page (HTML), not a CSV file.");
    }
}
