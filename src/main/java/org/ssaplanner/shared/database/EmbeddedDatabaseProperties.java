package org.ssaplanner.shared.database;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the cluster keeps its files; blank means a temporary directory that is
 *                      deleted on shutdown (tests)
 * @param port          TCP port on localhost; 0 picks a free one
 * @param databaseName  the database the application uses inside the cluster
 * @param serverSettings postgresql.conf settings laid over {@link #DEFAULT_SERVER_SETTINGS}, e.g.
 *                      {@code ssa.database.embedded.server-settings[shared_buffers]=1GB}
 */
@ConfigurationProperties("ssa.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port, String databaseName,
        Map<String, String> serverSettings) {

    /**
     * Imports write hundreds of MB of WAL at a time. With PostgreSQL's default max_wal_size (1GB) such a load
     * forces checkpoints, after each of which the next change of every page writes the whole page to the WAL
     * again; 4GB lets a million-row import pass without one (bench/README.md). An ordinary setting for bulk
     * loading; an external server is tuned by its owner.
     */
    public static final Map<String, String> DEFAULT_SERVER_SETTINGS = Map.of(
            "max_connections", "50",
            "max_wal_size", "4GB");

    public EmbeddedDatabaseProperties {
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "ssaplanner";
        }
        Map<String, String> settings = new TreeMap<>(DEFAULT_SERVER_SETTINGS);
        if (serverSettings != null) {
            settings.putAll(serverSettings);
        }
        serverSettings = Collections.unmodifiableMap(settings);
    }

    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
