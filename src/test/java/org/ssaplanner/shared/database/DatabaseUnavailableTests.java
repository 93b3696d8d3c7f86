package org.ssaplanner.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

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
        assertThat(DatabaseUnavailable.reason(timeout)).isEqualTo(DatabaseUnavailable.Reason.NOT_ANSWERING);
    }

    @Test
    void thePoolTimingOutWithNoFailureToConnectIsEveryConnectionBusy() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2500ms (total=10, active=10, idle=0, waiting=3)");
        assertThat(DatabaseUnavailable.reason(new CannotCreateTransactionException("Could not open JPA EntityManager",
                timeout))).isEqualTo(DatabaseUnavailable.Reason.BUSY);
    }

    @Test
    void aStatementCancelledByItsTimeoutIsTooSlow() {
        assertThat(DatabaseUnavailable.reason(new QueryTimeoutException("cancelled",
                new SQLException("ERROR: canceling statement due to user request", "57014"))))
                .isEqualTo(DatabaseUnavailable.Reason.TOO_SLOW);
        assertThat(DatabaseUnavailable.reason(new JpaSystemException(new RuntimeException(
                new SQLException("ERROR: canceling statement due to statement timeout", "57014")))))
                .isEqualTo(DatabaseUnavailable.Reason.TOO_SLOW);
        assertThat(DatabaseUnavailable.reason(new TransactionTimedOutException("deadline passed")))
                .isEqualTo(DatabaseUnavailable.Reason.TOO_SLOW);
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
        assertThat(DatabaseUnavailable.reason(new SQLException("relation does not exist", "42P01"))).isNull();
    }
}
