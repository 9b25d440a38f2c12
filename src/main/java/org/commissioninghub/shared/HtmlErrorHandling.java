package org.commissioninghub.shared;

import jakarta.servlet.http.HttpServletRequest;
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
  String notFound(NotFoundException e, Model model, HttpServletRequest request) {
    declineForApi(e, request);
    model.addAttribute("heading", "Page not found");
    model.addAttribute("message", FieldProblem.shorten(e.getMessage()));
    return "error/problem";
  }

  @ExceptionHandler({
    InvalidInputException.class,
    InvalidFinancialYearException.class,
    MethodArgumentTypeMismatchException.class
  })
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(RuntimeException e, Model model, HttpServletRequest request) {
    declineForApi(e, request);
    model.addAttribute("heading", "There is a problem with your request");
    model.addAttribute(
        "message",
        e instanceof InvalidInputException || e instanceof InvalidFinancialYearException
            ? e.getMessage()
            : "A value in the address is not valid.");
    return "error/problem";
  }

  /** An amount beyond what {@link Money} holds, met in arithmetic (a total of huge amounts). */
  @ExceptionHandler({ArithmeticException.class, InvalidMoneyException.class})
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String tooLarge(RuntimeException e, Model model, HttpServletRequest request) {
    declineForApi(e, request);
    model.addAttribute("heading", "There is a problem with an amount");
    model.addAttribute(
        "message",
        e instanceof InvalidMoneyException
            ? e.getMessage()
            : "An amount is larger than the largest that can be recorded ("
                + new Money(Long.MAX_VALUE).format()
                + "). Nothing was changed.");
    return "error/problem";
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(ConflictException e, Model model, HttpServletRequest request) {
    declineForApi(e, request);
    model.addAttribute("heading", "This change could not be made");
    model.addAttribute("message", FieldProblem.shorten(e.getMessage()));
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
  String unexpected(Exception e, Model model, HttpServletRequest request) throws Exception {
    declineForApi(e, request);
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.web.ErrorResponse) {
      throw e;
    }
    log.error("Unexpected error on a page", e);
    model.addAttribute("heading", "Sorry, there is a problem with the service");
    model.addAttribute("message", "Try again later. Nothing was changed.");
    return "error/problem";
  }

  /**
   * A {@code @RestController} is also a {@code @Controller}, so this advice would otherwise answer
   * an API error it does not know with an HTML page. Rethrowing the same exception hands it on: to
   * {@link ApiErrorHandling} or, past the dispatcher, to {@link ApiProblemFilter}.
   */
  private static <E extends Exception> void declineForApi(E e, HttpServletRequest request)
      throws E {
    if (ApiProblemFilter.isApi(request)) {
      throw e;
    }
  }
}
