package org.ssaplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssaplanner.RawHttp;
import org.ssaplanner.SsaIntegrationTest;

/**
 * Pages link the static files by versioned addresses (the webjar's version, the content's hash of the
 * application's own files), browsers may keep those files for a year, and pages themselves are never stored.
 */
@SsaIntegrationTest
class StaticResourcesIntegrationTests {

    private static final Pattern OWN_CSS = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");
    private static final Pattern OWN_JS = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
    private static final Pattern WEBJAR = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/dist/css/bootstrap\\.min\\.css)\"");

    @LocalServerPort
    int port;

    @Test
    void versionedFilesAreCachedForAYearAndPagesAreNotStored() {
        RawHttp.Response login = RawHttp.get(port, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");

        for (Pattern link : new Pattern[] {OWN_CSS, OWN_JS, WEBJAR}) {
            Matcher found = link.matcher(login.body());
            assertThat(found.find()).as("a link matching %s on the sign-in page", link).isTrue();
            RawHttp.Response file = RawHttp.get(port, found.group(1));
            assertThat(file.status()).as(found.group(1)).isEqualTo(200);
            assertThat(file.header("Cache-Control")).as(found.group(1)).contains("max-age=31536000")
                    .contains("immutable").doesNotContain("no-store");
        }
    }

    @Test
    void theFilesStillAnswerAtTheirPlainNames() {
        assertThat(RawHttp.get(port, "/css/app.css").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/js/app.js").status()).isEqualTo(200);
        RawHttp.Response icon = RawHttp.get(port, "/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Cache-Control")).contains("max-age=86400");
    }
}
