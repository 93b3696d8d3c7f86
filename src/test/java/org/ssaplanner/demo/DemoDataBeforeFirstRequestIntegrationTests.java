package org.ssaplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaPlannerApplication;

/**
 * The first start in embedded mode has the accounts and the demo plans in place before the web server takes its
 * first request: a user who signs in the moment the application answers sees the demo plans.
 */
class DemoDataBeforeFirstRequestIntegrationTests {

    @TempDir
    Path dataDirectory;

    @Test
    void theDemoPlansAndUsersExistWhenTheWebServerStarts() {
        AtomicReference<String> seenAtServerStart = new AtomicReference<>();
        // a class, not a lambda: Spring Modulith's event multicaster (the event publication registry) cannot tell a
        // lambda's event type and hands it every event, which then fails its cast
        ApplicationListener<WebServerInitializedEvent> atServerStart = new ApplicationListener<WebServerInitializedEvent>() {
            @Override
            public void onApplicationEvent(WebServerInitializedEvent event) {
                JdbcTemplate jdbc = new JdbcTemplate(event.getApplicationContext().getBean(DataSource.class));
                seenAtServerStart.set(jdbc.queryForObject("select count(*) from country_plan", Long.class)
                        + " plans, " + jdbc.queryForObject("select string_agg(username, ',' order by username)"
                                + " from app_user where username in ('admin', 'planner', 'evaluator', 'viewer')",
                                String.class));
            }
        };
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SsaPlannerApplication.class)
                .listeners(atServerStart)
                .run("--server.port=0", "--ssa.database.embedded.data-directory=" + dataDirectory,
                        "--ssa.admin.password=Demo-Test-Password-1", "--ssa.demo.enabled=true",
                        "--spring.main.banner-mode=off")) {
            assertThat(seenAtServerStart.get()).isEqualTo("3 plans, admin,evaluator,planner,viewer");
        }
    }
}
