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
 * <p>
 * A persistent data directory gets durable settings ({@link EmbeddedDatabaseProperties#DURABLE_SERVER_SETTINGS})
 * and is guarded ({@link DataDirectoryGuard}): a server left running by a dead application is stopped, a live
 * owner makes this start fail. The server stops when the application context closes (SIGTERM, Ctrl-C), after
 * the beans that use it; the library's own shutdown hook would stop it at the same time as them.
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
        boolean temporary = properties.temporary();
        Path directory = temporary
                ? Files.createTempDirectory("ssa-planner-pg")
                : Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        DataDirectoryGuard.Claim claim = temporary ? DataDirectoryGuard.Claim.none()
                : DataDirectoryGuard.claim(directory);
        log.info("Starting embedded PostgreSQL with data directory {}", directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(temporary)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(properties.startupTimeout());
        properties.effectiveServerSettings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).startsWith("could not lock")) {
                // another application took the directory between the guard's look and the library's own lock
                claim.release();
                throw new EmbeddedDatabaseInUseException(directory, "another running application",
                        PostmasterPidFile.read(directory));
            }
            DataDirectoryGuard.stopServerOf(directory); // what this failed start may have left running
            claim.release();
            throw e;
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory, properties.databaseName(),
                temporary, claim);
        try {
            createDatabaseIfMissing(postgres, properties.databaseName());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
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
