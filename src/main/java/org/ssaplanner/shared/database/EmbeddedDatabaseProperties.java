package org.ssaplanner.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the cluster keeps its files; blank means a temporary directory that is
 *                      deleted on shutdown (tests)
 * @param port          TCP port on localhost; 0 picks a free one
 * @param databaseName  the database the application uses inside the cluster
 */
@ConfigurationProperties("ssa.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port, String databaseName) {

    public EmbeddedDatabaseProperties {
        if (databaseName == null || databaseName.isBlank()) {
            databaseName = "ssaplanner";
        }
    }

    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
