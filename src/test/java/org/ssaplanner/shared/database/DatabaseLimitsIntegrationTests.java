package org.ssaplanner.shared.database;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.shared.security.Role;

/**
 * One slow page never takes the others down: a report whose statement runs past its time limit is cancelled by
 * PostgreSQL and answered with a 503 page that says so, and a request that finds every connection of the pool
 * busy gets a 503 page that says the application is busy, both instead of a 500 or a hang. The test profile sets
 * {@code ssa.database.report-timeout-seconds=5}.
 */
@SsaIntegrationTest
class DatabaseLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void aReportWhoseStatementRunsPastItsTimeLimitIsCancelledAndSaysItTookTooLong() throws Exception {
        // another transaction holds the waivers, so the report's first statement waits until its limit
        try (Connection other = dataSource.getConnection(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("lock table waiver in access exclusive mode");
            try {
                mvc.perform(get("/reports/waiver-pressure").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(content().string(containsString("data-reason=\"TOO_SLOW\"")))
                        .andExpect(content().string(containsString("This page took too long")))
                        .andExpect(content().string(not(containsString("Exception"))));
            } finally {
                other.rollback();
            }
        }
        mvc.perform(get("/reports/waiver-pressure").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Test
    void aRequestThatFindsEveryConnectionBusySaysTheApplicationIsBusy() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            mvc.perform(get("/plans").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("data-reason=\"BUSY\"")))
                    .andExpect(content().string(containsString("SSA Planner is busy")));
        } finally {
            for (Connection connection : held) {
                close(connection);
            }
        }
        mvc.perform(get("/plans").with(user(TestUsers.user(1, "admin", 1, Role.ADMIN)))).andExpect(status().isOk());
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
