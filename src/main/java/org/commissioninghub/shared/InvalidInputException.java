package org.commissioninghub.shared;

import java.util.List;

/**
 * Input that breaks a business rule. Carries every problem found, each naming the field (or file,
 * row and column) so a user can put it right; nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

  private final String code;
  private final List<FieldProblem> problems;
  private final int total;

  public InvalidInputException(String code, List<FieldProblem> problems) {
    this(code, problems, problems.size());
  }

  /**
   * @param problems the problems listed (the first ones found)
   * @param total how many were found in all, which may be more than are listed
   */
  public InvalidInputException(String code, List<FieldProblem> problems, int total) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid-input error needs at least one problem");
    }
    this.code = code;
    this.problems = List.copyOf(problems);
    this.total = Math.max(total, problems.size());
  }

  /** How many problems were found, of which {@link #problems()} lists the first. */
  public int total() {
    return total;
  }

  /**
   * The problems to show on a page: those listed, and a last line saying how many more were found
   * when not all are listed.
   */
  public List<FieldProblem> problemsToShow() {
    if (total == problems.size()) {
      return problems;
    }
    List<FieldProblem> shown = new java.util.ArrayList<>(problems);
    shown.add(
        new FieldProblem(
            problems.get(problems.size() - 1).field(),
            "There are "
                + total
                + " problems in all; the first "
                + problems.size()
                + " are listed. Put them right and upload the file again to see the rest"));
    return shown;
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
