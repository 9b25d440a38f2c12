package org.commissioninghub.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Within one web request, once the database could not be reached, every further connection is
 * refused at once instead of waiting the pool's timeout again: a request meets the database several
 * times (the session, sign-in, the page, saving the session), and without this each one waited, so
 * an outage took two or three timeouts to answer. Outside web requests nothing changes.
 */
final class FailFastDataSource extends DelegatingDataSource {

  /** Null outside a web request; an empty holder inside one; the failure once there was one. */
  private static final ThreadLocal<SQLException[]> REQUEST = new ThreadLocal<>();

  FailFastDataSource(DataSource target) {
    super(target);
  }

  static void beginRequest() {
    REQUEST.set(new SQLException[1]);
  }

  static void endRequest() {
    REQUEST.remove();
  }

  @Override
  public Connection getConnection() throws SQLException {
    SQLException[] request = REQUEST.get();
    if (request != null && request[0] != null) {
      throw new SQLTransientConnectionException(
          "The database could not be reached earlier in this request", request[0]);
    }
    try {
      return super.getConnection();
    } catch (SQLTransientConnectionException | SQLNonTransientConnectionException e) {
      if (request != null) {
        request[0] = e;
      }
      throw e;
    }
  }
}
