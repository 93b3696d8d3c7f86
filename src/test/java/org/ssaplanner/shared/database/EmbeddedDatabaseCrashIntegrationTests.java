package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real thing: the embedded server configuration runs in a child JVM on a data directory, which is then killed
 * ({@code kill -9}) or stopped (SIGTERM), and the next start on the same directory is watched.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseCrashIntegrationTests {

    private static final Duration CHILD_START_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path root;

    private Path dataDirectory;
    private Path childLog;
    private Process child;

    @BeforeEach
    void directories() throws IOException {
        dataDirectory = Files.createDirectories(root.resolve("postgres"));
        childLog = root.resolve("child.log");
    }

    @AfterEach
    void leaveNothingRunning() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        DataDirectoryGuard.stopServerOf(dataDirectory);
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAtTheNextStartAndTheDataIsThere(CapturedOutput output)
            throws Exception {
        long orphan = startChild("committed before kill -9");
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle orphanServer = ProcessHandle.of(orphan).orElseThrow();
        assertThat(DataDirectoryGuard.alive(orphanServer)).as("the server outlives its killed application").isTrue();

        try (ConfigurableApplicationContext restarted = EmbeddedServerApplication.start(dataDirectory)) {
            assertThat(EmbeddedServerApplication.jdbc(restarted)
                    .queryForList("select note from crash_probe", String.class))
                    .containsExactly("committed before kill -9");
            assertThat(DataDirectoryGuard.alive(orphanServer)).isFalse();
            assertThat(restarted.getBean(EmbeddedPostgresServer.class).pid()).isPresent().get().isNotEqualTo(orphan);
        }
        assertThat(output).contains("Embedded PostgreSQL: stopped the server (process " + orphan + " on port ")
                .contains("had left running on " + dataDirectory.toRealPath());
        assertThat(dataDirectory.resolve(PostmasterPidFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void aDirectoryHeldByARunningApplicationIsRefusedAndThatApplicationAndItsServerAreLeftAlone(
            CapturedOutput output) throws Exception {
        long server = startChild("owned by a running application");

        assertThatThrownBy(() -> EmbeddedServerApplication.start(dataDirectory))
                .rootCause()
                .isInstanceOf(EmbeddedDatabaseInUseException.class)
                .hasMessageContaining(dataDirectory.toString())
                .hasMessageContaining("another running application (its PostgreSQL is process " + server + " on port");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Stop the other application first");

        assertThat(child.isAlive()).isTrue();
        assertThat(notesOfRunningServer()).containsExactly("owned by a running application");
        assertThat(Files.readString(childLog)).doesNotContain("Embedded PostgreSQL: stopped");
    }

    @Test
    void aNormalStopStopsTheServerWithTheApplication() throws Exception {
        long server = startChild("stopped with SIGTERM");
        ProcessHandle serverProcess = ProcessHandle.of(server).orElseThrow();

        child.destroy(); // SIGTERM, as systemd, docker stop or Ctrl-C send
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(DataDirectoryGuard.alive(serverProcess)).as("the server stopped with its application").isFalse();
        assertThat(dataDirectory.resolve(PostmasterPidFile.FILE_NAME)).doesNotExist();
        assertThat(Files.readString(childLog)).contains("durable (fsync=on");

        try (ConfigurableApplicationContext restarted = EmbeddedServerApplication.start(dataDirectory)) {
            assertThat(EmbeddedServerApplication.jdbc(restarted)
                    .queryForList("select note from crash_probe", String.class))
                    .containsExactly("stopped with SIGTERM");
        }
    }

    @Test
    void aSecondApplicationInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        try (ConfigurableApplicationContext first = EmbeddedServerApplication.start(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedServerApplication.start(dataDirectory))
                    .rootCause()
                    .isInstanceOf(EmbeddedDatabaseInUseException.class)
                    .hasMessageContaining("another application in this same process");
            assertThat(EmbeddedServerApplication.jdbc(first).queryForObject("select 1", Integer.class)).isEqualTo(1);
        }
    }

    /** Starts the embedded server configuration in a child JVM and returns its server's process id. */
    private long startChild(String note) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedServerApplication.class.getName(), dataDirectory.toString(), note));
        child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(childLog.toFile()).start();
        try {
            String ready = await().atMost(CHILD_START_TIMEOUT).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> {
                        Optional<String> line = Files.readAllLines(childLog).stream()
                                .filter(l -> l.startsWith(EmbeddedServerApplication.READY)).findFirst();
                        if (line.isEmpty() && !child.isAlive()) {
                            throw new AssertionError("The child application ended:\n" + Files.readString(childLog));
                        }
                        return line;
                    }, Optional::isPresent).orElseThrow();
            return Long.parseLong(ready.substring(EmbeddedServerApplication.READY.length()).trim());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The child application did not start:\n" + Files.readString(childLog), e);
        }
    }

    private List<String> notesOfRunningServer() throws SQLException {
        PostmasterPidFile file = PostmasterPidFile.read(dataDirectory).orElseThrow();
        List<String> notes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + file.port() + "/ssaplanner", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from crash_probe")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }
}
