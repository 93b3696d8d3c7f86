package org.ssaplanner.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/** The running embedded cluster: where it keeps its data and how to reach the application database. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String databaseName;
    private final boolean temporary;

    EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String databaseName, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.databaseName = databaseName;
        this.temporary = temporary;
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
