package org.commissioninghub.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: a database outage met anywhere (loading the session, signing in, a page, an
 * API call) becomes 503 with Retry-After. It sits outside Spring Session's filter, whose session
 * lookup and save need the database too.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  public int getOrder() {
    // Spring Session's SessionRepositoryFilter runs at Integer.MIN_VALUE + 50.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    FailFastDataSource.beginRequest();
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      if (!DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      if (response.isCommitted()) {
        // The answer (a 503 from a controller, usually) has gone; saving the session failed after.
        log.warn(
            "Database unavailable after {} {} was answered",
            request.getMethod(),
            request.getRequestURI());
        return;
      }
      log.warn(
          "Database unavailable: {} {} answered 503", request.getMethod(), request.getRequestURI());
      DatabaseUnavailable.answer(request, response);
    } finally {
      FailFastDataSource.endRequest();
    }
  }
}
