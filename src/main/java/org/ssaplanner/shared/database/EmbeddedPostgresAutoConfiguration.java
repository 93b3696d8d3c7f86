package org.ssaplanner.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) when no external database is configured: no
 * {@code spring.datasource.url} and no other connection details (such as a Testcontainers service
 * connection). Boot's own DataSource auto-configuration then connects through the details below.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.temporary()
                ? Files.createTempDirectory("ssa-planner-pg")
                : Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        log.info("Starting embedded PostgreSQL with data directory {}", directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.temporary())
                .setPGStartupWait(Duration.ofSeconds(60));
        properties.serverSettings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres, properties.databaseName());
        return new EmbeddedPostgresServer(postgres, directory, properties.databaseName(), properties.temporary());
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String databaseName) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        // the name comes from configuration, never from users; quoted as an identifier anyway
                        create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot create database " + databaseName, e));
        }
    }
}
