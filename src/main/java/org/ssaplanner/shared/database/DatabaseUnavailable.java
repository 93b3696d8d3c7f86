package org.ssaplanner.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a database that cannot serve a request now (stopped, restarting, unreachable; every connection of the
 * pool busy; a report's statement over its time limit) from a statement that failed: the first are worth a "try
 * again later" (503), the second is a bug.
 */
public final class DatabaseUnavailable {

    /** Why the database could not serve the request. */
    public enum Reason {
        /** stopped, restarting or unreachable */
        NOT_ANSWERING,
        /** up, but no connection of the pool came free within its timeout: every one is serving other requests */
        BUSY,
        /** a statement ran past its time limit ({@link ReportQuery}) and PostgreSQL cancelled it */
        TOO_SLOW
    }

    private static final int MAX_DEPTH = 32;

    /** SQLSTATE 57014, query_canceled: what PostgreSQL answers when a statement timeout cancels a statement. */
    private static final String QUERY_CANCELED = "57014";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or one of its causes, says the database could not serve the request. */
    public static boolean isCause(Throwable failure) {
        return find(failure) != null;
    }

    /** Why, or {@code null} when {@code failure} is an ordinary failure. */
    public static Reason reason(Throwable failure) {
        Throwable cause = find(failure);
        if (cause == null) {
            return null;
        }
        if (isTooSlow(cause)) {
            return Reason.TOO_SLOW;
        }
        return isPoolExhausted(cause) ? Reason.BUSY : Reason.NOT_ANSWERING;
    }

    /** The cause that says so, in words for the log (never for users); {@code null} when there is none. */
    public static String describe(Throwable failure) {
        Throwable cause = find(failure);
        return cause == null ? null : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable find(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            // Hikari's "Connection is not available, request timed out" and pgjdbc's lost connections
            if (current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException
                    || isTooSlow(current)) {
                return current;
            }
            if (current instanceof SQLException sql
                    && (connectionState(sql.getSQLState()) || closedByThePool(sql))) {
                return current;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    private static boolean isTooSlow(Throwable failure) {
        return failure instanceof QueryTimeoutException || failure instanceof TransactionTimedOutException
                || failure instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState());
    }

    /**
     * Hikari's timeout names the last failure to open a connection as its cause; without one, the database was
     * reachable and the pool's connections were all in use.
     */
    private static boolean isPoolExhausted(Throwable failure) {
        return failure instanceof SQLTransientConnectionException && failure.getCause() == null;
    }

    /**
     * Hikari's answer when a transaction's connection broke and was evicted from the pool: the rollback that
     * follows meets "Connection is closed" (no SQLSTATE), and the rollback's exception replaces the original one
     * ("Application exception overridden by rollback exception"), which named the broken connection.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception: cannot connect, connection failure, ...), 57P01 (terminated by an
     * administrator's shutdown), 57P02 (crash of another server process) and 57P03 (the server is starting up or
     * shutting down).
     */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
