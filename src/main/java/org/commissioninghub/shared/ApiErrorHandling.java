package org.commissioninghub.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors from the JSON API as RFC 9457 problem details with a stable business code. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
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
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", "NOT-FOUND", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.code(), e.getMessage());
  }

  /**
   * Two writers at once: the database refused the loser (a unique key, a lock it could not get, a
   * deadlock it broke). Nothing of the loser's change was saved, and trying again is safe.
   */
  @ExceptionHandler({
    org.springframework.dao.DuplicateKeyException.class,
    org.springframework.dao.ConcurrencyFailureException.class
  })
  ProblemDetail concurrent(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", Concurrency.code(e), Concurrency.message(e));
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class
  })
  ProblemDetail unreadable(Exception e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Unreadable request",
        "BAD-REQUEST",
        "The request body or a parameter could not be read as the API describes.");
  }

  static ProblemDetail problem(HttpStatus status, String title, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("https://commissioninghub.org/problems/" + code.toLowerCase()));
    problem.setProperty("code", code);
    problem.setProperty("errors", List.of());
    return problem;
  }
}
