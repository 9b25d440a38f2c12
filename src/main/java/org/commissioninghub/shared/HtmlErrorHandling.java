package org.commissioninghub.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors on HTML pages become GOV.UK error pages with the right status. The message of an
 * unexpected exception is logged, never shown.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorHandling {

  private static final Logger log = LoggerFactory.getLogger(HtmlErrorHandling.class);

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("heading", "Page not found");
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler({
    InvalidInputException.class,
    InvalidFinancialYearException.class,
    MethodArgumentTypeMismatchException.class
  })
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(RuntimeException e, Model model) {
    model.addAttribute("heading", "There is a problem with your request");
    model.addAttribute(
        "message",
        e instanceof InvalidInputException || e instanceof InvalidFinancialYearException
            ? e.getMessage()
            : "A value in the address is not valid.");
    return "error/problem";
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(ConflictException e, Model model) {
    model.addAttribute("heading", "This change could not be made");
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler({
    org.springframework.dao.DuplicateKeyException.class,
    org.springframework.dao.ConcurrencyFailureException.class
  })
  @ResponseStatus(HttpStatus.CONFLICT)
  String concurrent(RuntimeException e, Model model) {
    model.addAttribute("heading", "This change could not be made");
    model.addAttribute("message", Concurrency.message(e));
    return "error/problem";
  }

  @ExceptionHandler(Exception.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  String unexpected(Exception e, Model model) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.web.ErrorResponse) {
      throw e;
    }
    log.error("Unexpected error on a page", e);
    model.addAttribute("heading", "Sorry, there is a problem with the service");
    model.addAttribute("message", "Try again later. Nothing was changed.");
    return "error/problem";
  }
}
