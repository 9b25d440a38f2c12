package org.commissioninghub.shared;

import java.util.List;

/**
 * Input that breaks a business rule. Carries every problem found, each naming the field (or file,
 * row and column) so a user can put it right; nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

  private final String code;
  private final List<FieldProblem> problems;

  public InvalidInputException(String code, List<FieldProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid-input error needs at least one problem");
    }
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String code, String field, String message) {
    return new InvalidInputException(code, List.of(new FieldProblem(field, message)));
  }

  public String code() {
    return code;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.field() + ": " + p.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("invalid input");
  }
}
