package org.ssaplanner.shared.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in one log line which database the application uses, so nobody has to guess; for the embedded one also
 * whether it is durable (what the server itself reports, not what it was asked for).
 */
@Component
class DatabaseInfoLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInfoLogger.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;

    DatabaseInfoLogger(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            EmbeddedPostgresServer server = embedded.getIfAvailable();
            if (server != null) {
                Map<String, String> settings = durabilitySettings(connection);
                boolean durable = "on".equals(settings.get("fsync")) && "on".equals(settings.get("full_page_writes"))
                        && !"off".equals(settings.get("synchronous_commit"));
                String line = "Database: embedded " + product + " on localhost:" + server.port() + ", data directory "
                        + server.dataDirectory() + (server.temporary() ? " (temporary)" : "") + ", "
                        + describe(durable, server.temporary(), settings);
                if (durable || server.temporary()) {
                    log.info(line);
                } else {
                    log.warn(line);
                }
            } else {
                log.info("Database: external {} at {}", product, meta.getURL());
            }
        } catch (SQLException e) {
            log.warn("Database: cannot read connection metadata ({})", e.getMessage());
        }
    }

    private static String describe(boolean durable, boolean temporary, Map<String, String> settings) {
        StringBuilder values = new StringBuilder();
        settings.forEach((name, value) -> values.append(values.isEmpty() ? "" : ", ").append(name).append('=')
                .append(value));
        if (durable) {
            return "durable (" + values + ")";
        }
        if (temporary) {
            return "test settings (" + values + "): not crash-safe, for a throw-away database";
        }
        return "NOT durable (" + values + "): committed work can be lost in an OS crash or power loss";
    }

    private static Map<String, String> durabilitySettings(Connection connection) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name, setting from pg_settings "
                        + "where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        return settings;
    }
}
