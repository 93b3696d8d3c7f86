package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

        // the progress fragment polls itself (hx-trigger) until the import has ended
        String fragment = await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> get(location, "HX-Request", "true").body(), body -> !body.contains("hx-trigger"));
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

    /**
     * Issue 10: a 1 KB CSV whose file name is long was refused with 413 quoting the 10 MB evidence limit (the part's
     * headers were over Tomcat's 512-byte default, which Spring reports as "upload too large").
     */
    @Test
    void aSmallFileWithALongNameIsAccepted() throws Exception {
        String name = "FY2002-2022 ".repeat(40) + ".csv";
        HttpResponse<String> uploaded = upload(name, (ImportFixtures.completeHeader() + "\n"
                + ImportFixtures.completeRow("MLT", "N-" + UUID.randomUUID(), "2019", "1") + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).matches("/imports/\\d+");
        assertThat(get(location).body()).contains(name.substring(0, 60));
    }

    /** Sends only the headers of a multipart POST that declares {@code length} bytes; returns the whole response. */
    private String declareUpload(String path, long length) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + length + "\r\n"
                    + "Accept: text/html\r\n\r\n--xyz\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = socket.getInputStream().read(buffer)) > 0) {
                    response.write(buffer, 0, n);
                    if (response.toString(StandardCharsets.UTF_8).contains("</html>")) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // what arrived is enough
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUploadOverItsEndpointsLimitIsRefusedBeforeItIsReadAndItsPageQuotesThatLimit() throws Exception {
        String imports = declareUpload("/imports", 3L * 1024 * 1024 * 1024);
        assertThat(imports).startsWith("HTTP/1.1 413").contains("larger than the limit of 2 GB").doesNotContain("10 MB");

        String evidence = declareUpload("/evaluations/1/evidence", 60L * 1024 * 1024);
        assertThat(evidence).startsWith("HTTP/1.1 413").contains("larger than the limit of 10 MB").doesNotContain("2 GB");
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
