package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.ssaplanner.SsaPlannerApplication;
import org.ssaplanner.agencies.AgencyCommand;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Data written through the application survives stopping and restarting the embedded PostgreSQL on
 * the same data directory (what a user gets from ./mvnw spring-boot:run twice).
 */
class EmbeddedDatabaseRestartIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void anAgencyCreatedBeforeARestartIsStillThereAfterIt() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(EmbeddedPostgresServer.class).dataDirectory()).isEqualTo(dataDirectory);
            AgencyService agencies = first.getBean(AgencyService.class);
            id = SystemAuthentication.call(() -> agencies.create(new AgencyCommand("RESTART", "Survives Restarts",
                    null, AgencyKind.OFFICE, false, "written before the restart", Set.of())));
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            AgencyService agencies = second.getBean(AgencyService.class);
            assertThat(SystemAuthentication.call(() -> agencies.get(id)).name()).isEqualTo("Survives Restarts");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SsaPlannerApplication.class).run(
                "--server.port=0",
                "--ssa.database.embedded.data-directory=" + dataDirectory,
                "--ssa.admin.password=Restart-Test-Password-1",
                "--ssa.demo.enabled=false",
                "--spring.main.banner-mode=off");
    }
}
