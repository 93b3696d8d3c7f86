package org.ssaplanner.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's embedded database configuration and nothing else (no web, no JPA, no Flyway): what the
 * crash tests start, here or in a child JVM, in seconds instead of the whole application's start.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({EmbeddedPostgresAutoConfiguration.class, DataSourceAutoConfiguration.class})
@Import(DatabaseInfoLogger.class)
class EmbeddedServerApplication {

    static final String READY = "EMBEDDED-SERVER-READY";

    static ConfigurableApplicationContext start(String dataDirectory) {
        return new SpringApplicationBuilder(EmbeddedServerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--ssa.database.embedded.data-directory=" + dataDirectory);
    }

    static ConfigurableApplicationContext start(Path dataDirectory) {
        return start(dataDirectory.toString());
    }

    static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class));
    }

    /**
     * In a child JVM: starts on {@code args[0]}, commits {@code args[1]} into a table, prints {@link #READY} and
     * the server's process id, then runs until it is stopped (SIGTERM) or killed.
     */
    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = start(args[0]);
        JdbcTemplate jdbc = jdbc(context);
        jdbc.execute("create table if not exists crash_probe (note text not null)");
        jdbc.update("insert into crash_probe (note) values (?)", args[1]);
        System.out.println(READY + " " + context.getBean(EmbeddedPostgresServer.class).pid().orElseThrow());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
