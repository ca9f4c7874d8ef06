package dev.tagbench.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The shapes in which Spring and the driver report a lost database, and failures that are no outage. */
class DatabaseUnavailableTest {

    @Test
    void a_lost_database_is_recognised_however_it_is_wrapped() {
        var noConnection = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection", noConnection)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("begin failed", noConnection)))
                .isTrue();
        var shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(new RuntimeException(shutdown))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("refused", "08001")))
                .isTrue();

        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new RuntimeException(shutdown));
        assertThat(DatabaseUnavailable.isCause(rollback)).isTrue();
    }

    @Test
    void constraint_violations_deadlocks_and_bugs_are_no_outage() {
        assertThat(DatabaseUnavailable.isCause(new DuplicateKeyException("duplicate")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(
                        new CannotAcquireLockException("deadlock", new SQLException("deadlock detected", "40P01"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(
                        new TransactionSystemException("commit failed", new SQLException("Connection is closed"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new NullPointerException())).isFalse();
    }
}
