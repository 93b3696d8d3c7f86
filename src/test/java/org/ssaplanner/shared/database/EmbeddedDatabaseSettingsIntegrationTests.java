package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server on a persistent data directory (the default, ./data/postgres) is durable, whatever the
 * embedded library's test defaults ({@code -F}, {@code synchronous_commit=off}); a temporary one keeps them.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseSettingsIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aPersistentDataDirectoryGetsFsyncSynchronousCommitAndFullPageWrites(CapturedOutput output) {
        try (ConfigurableApplicationContext context = EmbeddedServerApplication.start(dataDirectory)) {
            JdbcTemplate jdbc = EmbeddedServerApplication.jdbc(context);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
        }
        assertThat(output).containsPattern("Database: embedded PostgreSQL [0-9.]+ on localhost:[0-9]+, data directory "
                + Pattern.quote(dataDirectory.toString())
                + ", durable \\(fsync=on, full_page_writes=on, synchronous_commit=on\\)");
    }

    @Test
    void aTemporaryDataDirectoryKeepsTheFastTestSettingsAndSaysSo(CapturedOutput output) {
        try (ConfigurableApplicationContext context = EmbeddedServerApplication.start("")) {
            JdbcTemplate jdbc = EmbeddedServerApplication.jdbc(context);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("off");
            assertThat(context.getBean(EmbeddedPostgresServer.class).temporary()).isTrue();
        }
        assertThat(output).contains("(temporary), test settings (fsync=off, full_page_writes=on, "
                + "synchronous_commit=off): not crash-safe");
    }
}
