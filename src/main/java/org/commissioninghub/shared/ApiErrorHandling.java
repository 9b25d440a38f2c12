package org.commissioninghub.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Errors from the JSON API as RFC 9457 problem details with a stable business code. Spring MVC's
 * own errors (unreadable body, missing parameter, 405, 415, 413...) come through {@link
 * ResponseEntityExceptionHandler} and are given the same shape; errors raised before a controller
 * is chosen, and anything unexpected, are shaped by {@link ApiProblemFilter}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Invalid input",
            e.code(),
            "The request has problems; nothing was changed.");
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(p -> Map.of("field", p.field(), "message", p.message()))
            .toList());
    if (e.total() > e.problems().size()) {
      problem.setProperty("totalErrors", e.total());
      problem.setDetail(
          "The request has "
              + e.total()
              + " problems; the first "
              + e.problems().size()
              + " are listed. Nothing was changed.");
    }
    return json(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return json(problem(HttpStatus.NOT_FOUND, "Not found", "NOT-FOUND", e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return json(problem(HttpStatus.CONFLICT, "Conflict", e.code(), e.getMessage()));
  }

  /**
   * Two writers at once: the database refused the loser (a unique key, a lock it could not get, a
   * deadlock it broke). Nothing of the loser's change was saved, and trying again is safe.
   */
  @ExceptionHandler({
    org.springframework.dao.DuplicateKeyException.class,
    org.springframework.dao.ConcurrencyFailureException.class
  })
  ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
    return json(
        problem(HttpStatus.CONFLICT, "Conflict", Concurrency.code(e), Concurrency.message(e)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    String type =
        e.getRequiredType() == null ? "the type the API describes" : e.getRequiredType().getName();
    return json(
        badRequest(
            e.getName(),
            "The parameter "
                + e.getName()
                + " could not be read as "
                + type.substring(type.lastIndexOf('.') + 1)));
  }

  /** An amount beyond what {@link Money} holds, met in arithmetic rather than in parsing. */
  @ExceptionHandler(ArithmeticException.class)
  ResponseEntity<ProblemDetail> overflow(ArithmeticException e) {
    log.info("An amount too large for the money type was refused", e);
    return json(
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Invalid input",
            "AMOUNT-TOO-LARGE",
            "An amount is larger than the largest that can be recorded ("
                + new Money(Long.MAX_VALUE).format()
                + "); nothing was changed."));
  }

  @ExceptionHandler(InvalidMoneyException.class)
  ResponseEntity<ProblemDetail> money(InvalidMoneyException e) {
    return json(badRequest("amount", e.getMessage()));
  }

  @ExceptionHandler(InvalidFinancialYearException.class)
  ResponseEntity<ProblemDetail> financialYear(InvalidFinancialYearException e) {
    return json(badRequest("year", e.getMessage()));
  }

  /** Spring MVC's own errors, given a business code and a message naming what was wrong. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = forFramework(e, status);
    HttpHeaders out = new HttpHeaders();
    if (headers != null) {
      out.putAll(headers);
    }
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(problem, out, status);
  }

  static ProblemDetail forFramework(Exception e, HttpStatusCode status) {
    if (e instanceof HttpMessageNotReadableException unreadable) {
      String field = jsonField(unreadable);
      return badRequest(
          field == null ? "body" : field,
          field == null
              ? "The request body could not be read as the JSON the API describes."
              : "The field " + field + " could not be read as the API describes.");
    }
    if (e instanceof MaxUploadSizeExceededException) {
      return ApiProblemFilter.uploadTooLarge(e);
    }
    HttpStatus known = HttpStatus.resolve(status.value());
    String detail =
        e instanceof org.springframework.web.ErrorResponse response
                && response.getBody().getDetail() != null
            ? response.getBody().getDetail()
            : known == null ? "The request could not be handled." : known.getReasonPhrase();
    return problem(
        status,
        known == null ? "Error" : known.getReasonPhrase(),
        "HTTP-" + status.value(),
        detail);
  }

  /** The path of the JSON field that could not be read, like {@code lines[0].amount}. */
  private static String jsonField(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : j.getPath()) {
          if (r.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
          } else if (r.getIndex() >= 0) {
            path.append('[').append(r.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  private static ProblemDetail badRequest(String field, String message) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "Unreadable request", "BAD-REQUEST", message);
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return problem;
  }

  static ResponseEntity<ProblemDetail> json(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  static ProblemDetail problem(HttpStatusCode status, String title, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, FieldProblem.shorten(detail));
    problem.setTitle(title);
    problem.setType(URI.create("https://commissioninghub.org/problems/" + code.toLowerCase()));
    problem.setProperty("code", code);
    problem.setProperty("errors", List.of());
    return problem;
  }
}
