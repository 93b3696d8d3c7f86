package org.ssaplanner.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running embedded cluster: where it keeps its data and how to reach the application database. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;
    private final boolean temporary;
    private final DataDirectoryGuard.Claim claim;
    private final Optional<ProcessHandle> postmaster;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String databaseName, boolean temporary,
            DataDirectoryGuard.Claim claim) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
        this.temporary = temporary;
        this.claim = claim;
        this.postmaster = PostmasterPidFile.read(dataDirectory).filter(PostmasterPidFile::readable)
                .flatMap(file -> ProcessHandle.of(file.pid()));
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public boolean temporary() {
        return temporary;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The server's process id, as it wrote it into {@code postmaster.pid}. */
    public Optional<Long> pid() {
        return postmaster.map(ProcessHandle::pid);
    }

    /**
     * Stops the server once the application is done with it (Spring closes this bean after the DataSource). A
     * checkpoint first writes the dirty pages, so that the shutdown checkpoint is short and the library's stop,
     * which waits 5 s, does not give up on a server busy writing; then waits until the server has exited.
     */
    @Override
    public void close() throws IOException {
        if (!temporary) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("checkpoint");
            } catch (SQLException e) {
                log.debug("Checkpoint before stopping the embedded PostgreSQL failed: {}", e.getMessage());
            }
        }
        long started = System.nanoTime();
        try {
            postgres.close();
        } finally {
            boolean exited = postmaster.map(process -> DataDirectoryGuard.awaitExit(process, EXIT_TIMEOUT)).orElse(true);
            if (exited) {
                log.info("Embedded PostgreSQL on {} stopped in {} ms", dataDirectory,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            } else {
                log.warn("Embedded PostgreSQL (process {}) on {} is still running {} s after it was asked to stop",
                        pid().orElse(-1L), dataDirectory, EXIT_TIMEOUT.toSeconds());
            }
            claim.release();
        }
    }
}
