package org.ssaplanner.shared.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in one log line which database the application uses, so nobody has to guess. */
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
                log.info("Database: embedded {} on localhost:{}, data directory {}{}", product, server.port(),
                        server.dataDirectory(), server.temporary() ? " (temporary)" : "");
            } else {
                log.info("Database: external {} at {}", product, meta.getURL());
            }
        } catch (SQLException e) {
            log.warn("Database: cannot read connection metadata ({})", e.getMessage());
        }
    }
}
