package org.commissioninghub.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises "the database cannot be reached" and answers it with 503 and Retry-After: problem
 * details under /api/, a short page elsewhere. Never a 401 (the credentials were not the problem)
 * and never a 500 (nothing is wrong with the request or the code).
 */
public final class DatabaseUnavailable {

  /** Seconds a client should wait before trying again. */
  static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseUnavailable() {}

  /** Whether the throwable, or anything that caused it, says the database cannot be reached. */
  public static boolean isCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof CannotCreateTransactionException
          // Commit or rollback failed in JDBC: the connection broke under the transaction.
          || t instanceof TransactionSystemException && t.getCause() instanceof SQLException
          || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQL state class 08 is "connection exception" in the SQL standard; PostgreSQL's 57P01-57P03 are
   * "the server is shutting down", "crashed" and "is starting up, cannot connect now".
   */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P0"));
  }

  static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"https://commissioninghub.org/problems/service-unavailable\","
                  + "\"title\":\"Service unavailable\",\"status\":503,"
                  + "\"detail\":\"The database cannot be reached. Nothing was changed; try again"
                  + " in a few seconds.\",\"code\":\"SERVICE-UNAVAILABLE\",\"errors\":[]}");
    } else {
      response.setContentType("text/html");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  + "<title>Sorry, the service is unavailable - Commissioning Hub</title></head>"
                  + "<body><main><h1>Sorry, the service is unavailable</h1>"
                  + "<p>The database cannot be reached. Nothing was changed.</p>"
                  + "<p>Try again in a few seconds.</p></main></body></html>");
    }
  }
}
