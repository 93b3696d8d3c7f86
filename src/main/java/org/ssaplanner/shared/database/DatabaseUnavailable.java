package org.ssaplanner.shared.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that does not answer (stopped, restarting, unreachable, no connection within the pool's
 * timeout) from a statement that failed: the first is worth a "try again later", the second is a bug.
 */
public final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or one of its causes, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        return find(failure) != null;
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
            if (current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException) {
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
