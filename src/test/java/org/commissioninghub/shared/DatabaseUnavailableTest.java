package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503), and which do not. */
class DatabaseUnavailableTest {

  @Test
  void recognisesAnOutageWhereverItIsWrapped() {
    assertThat(
            DatabaseUnavailable.isCause(
                new RuntimeException(
                    new CannotCreateTransactionException(
                        "Could not open JDBC Connection",
                        new SQLTransientConnectionException("timed out")))))
        .isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLException("refused", "08001"))).isTrue();
    // PostgreSQL shutting down under a running query, and starting up again.
    assertThat(DatabaseUnavailable.isCause(new SQLException("terminating", "57P01"))).isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLException("starting up", "57P03"))).isTrue();
    // A rollback on a connection the database closed.
    assertThat(
            DatabaseUnavailable.isCause(
                new TransactionSystemException(
                    "JDBC rollback failed", new SQLException("Connection is closed"))))
        .isTrue();
  }

  @Test
  void leavesOtherDatabaseErrorsAlone() {
    assertThat(
            DatabaseUnavailable.isCause(
                new DataIntegrityViolationException(
                    "duplicate", new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("no SQL cause")))
        .isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
  }
}
