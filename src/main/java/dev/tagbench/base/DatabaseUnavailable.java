package dev.tagbench.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database cannot be reached right now" rather than a bug:
 * no connection to be had, a connection cut, the server shutting down or starting up. Callers
 * answer those with a clear "try again" (API 503, a notification in the UI) instead of an internal
 * error; the transaction of the request has been rolled back, so nothing of it was written.
 */
public final class DatabaseUnavailable {

    public static final String TITLE = "Database unavailable";
    public static final String DETAIL =
            "Tagbench cannot reach its database right now, so the change was most likely not saved. It reconnects by"
                    + " itself; try again shortly.";
    /** Seconds a client should wait before retrying (HTTP {@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or one of its causes says the database is out of reach. */
    public static boolean isCause(Throwable failure) {
        // Causes, not just the failure: Spring wraps the driver's exception (a transaction that
        // could not start, a failed sign-in), and so do Vaadin and the servlet container.
        @Nullable Throwable cause = failure;
        for (var depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && lostServer(sql.getSQLState())) {
                return true;
            }
            // A transaction cut off by the lost server then fails to roll back on the dead
            // connection, and Spring reports that failure with the original one attached.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isCause(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, not yet accepting connections). */
    private static boolean lostServer(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
