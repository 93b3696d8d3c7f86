package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

    @Test
    void thePoolTimingOutWithoutAConnectionIsTheDatabaseNotAnswering() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2500ms", "08001",
                new SQLException("Connection to localhost:5432 refused", "08001"));
        assertThat(DatabaseUnavailable.isCause(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", timeout))))
                .isTrue();
        assertThat(DatabaseUnavailable.describe(timeout)).startsWith("SQLTransientConnectionException: HikariPool-1");
    }

    @Test
    void lostConnectionsAndServerShutdownsAreTheDatabaseNotAnswering() {
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAfterItBrokeIsTheDatabaseNotAnswering() {
        // what the session repository's transaction ends with when the server went away between two requests
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aStatementThatFailedIsNot() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("no SQL at all"))).isFalse();
        assertThat(DatabaseUnavailable.describe(new IllegalStateException("no SQL at all"))).isNull();
    }
}
