package org.commissioninghub.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A database outage inside a controller: 503, before the pages' catch-all turns it into a 500. The
 * same answer as {@link DatabaseUnavailableFilter} gives outside controllers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandling {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandling.class);

  @ExceptionHandler({
    DataAccessResourceFailureException.class,
    CannotCreateTransactionException.class,
    TransactionSystemException.class,
    SQLTransientConnectionException.class,
    SQLNonTransientConnectionException.class
  })
  void unavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    if (!DatabaseUnavailable.isCause(e)) {
      throw e; // a commit or rollback that failed for another reason: not an outage
    }
    log.warn(
        "Database unavailable: {} {} answered 503 ({})",
        request.getMethod(),
        request.getRequestURI(),
        e.getMessage());
    DatabaseUnavailable.answer(request, response);
  }
}
