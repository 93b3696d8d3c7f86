package org.ssaplanner.shared.database;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory  where the cluster keeps its files; blank means a temporary directory that is
 *                       deleted on shutdown (tests)
 * @param port           TCP port on localhost; 0 picks a free one
 * @param databaseName   the database the application uses inside the cluster
 * @param serverSettings postgresql.conf settings laid over {@link #DEFAULT_SERVER_SETTINGS} (and, for a
 *                       persistent data directory, over {@link #DURABLE_SERVER_SETTINGS}), e.g.
 *                       {@code ssa.database.embedded.server-settings[shared_buffers]=1GB}
 * @param startupTimeout how long to wait for the server to accept connections; after a crash PostgreSQL first
 *                       replays its write-ahead log (up to {@code max_wal_size}), which can take minutes
 */
@ConfigurationProperties("ssa.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port, String databaseName,
        Map<String, String> serverSettings, Duration startupTimeout) {

    /**
     * Imports write hundreds of MB of WAL at a time. With PostgreSQL's default max_wal_size (1GB) such a load
     * forces checkpoints, after each of which the next change of every page writes the whole page to the WAL
     * again; 4GB lets a million-row import pass without one (bench/README.md). An ordinary setting for bulk
     * loading; an external server is tuned by its owner.
     */
    public static final Map<String, String> DEFAULT_SERVER_SETTINGS = Map.of(
            "max_connections", "50",
            "max_wal_size", "4GB");

    /**
     * A persistent data directory holds the record: what was committed must survive an OS crash or a power loss.
     * The embedded library starts every server with {@code -F} (fsync off) and {@code synchronous_commit=off},
     * settings for throw-away test databases; {@code -c} options come after {@code -F} on the server's command
     * line and win. A temporary directory keeps the fast settings.
     */
    public static final Map<String, String> DURABLE_SERVER_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(5);

    public EmbeddedDatabaseProperties {
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "ssaplanner";
        }
        Map<String, String> settings = new TreeMap<>(DEFAULT_SERVER_SETTINGS);
        if (serverSettings != null) {
            settings.putAll(serverSettings);
        }
        serverSettings = Collections.unmodifiableMap(settings);
        if (startupTimeout == null || startupTimeout.isNegative() || startupTimeout.isZero()) {
            startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        }
    }

    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }

    /** What the server is started with: durable for a persistent directory, unless a setting says otherwise. */
    public Map<String, String> effectiveServerSettings() {
        Map<String, String> settings = new TreeMap<>();
        if (!temporary()) {
            settings.putAll(DURABLE_SERVER_SETTINGS);
        }
        settings.putAll(serverSettings);
        return Collections.unmodifiableMap(settings);
    }
}
