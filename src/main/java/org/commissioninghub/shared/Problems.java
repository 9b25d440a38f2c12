package org.commissioninghub.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects field problems while checking a command, so a user sees them all at once. Only the first
 * {@link #LISTED} are kept, with a count of all: a file with a bad cell on each of 100,000 rows
 * gets an answer of a readable size, not a megabyte.
 */
public final class Problems {

  public static final int LISTED = 100;

  private final List<FieldProblem> found = new ArrayList<>();
  private int count;

  public void add(String field, String message) {
    count++;
    if (found.size() < LISTED) {
      found.add(new FieldProblem(field, message));
    }
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** How many problems were found, listed or not. */
  public int count() {
    return count;
  }

  public List<FieldProblem> list() {
    return List.copyOf(found);
  }

  /** Parses a value, recording the parser's message against the field instead of throwing. */
  public <T> T parse(String field, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      add(field, e.getMessage());
      return null;
    }
  }

  public Money money(String field, String text) {
    return parse(field, text, Money::parse);
  }

  public Money optionalMoney(String field, String text) {
    return text == null || text.isBlank() ? null : money(field, text);
  }

  /**
   * Text that must be given and may not be longer than a limit: the stripped text, or null (with
   * the problem added) when it is missing.
   */
  public String text(String field, String text, String missing, int longest) {
    if (text == null || text.isBlank()) {
      add(field, missing);
      return null;
    }
    if (text.strip().length() > longest) {
      add(field, "Use " + longest + " characters or fewer");
    }
    return text.strip();
  }

  public void required(String field, String text, String message) {
    if (text == null || text.isBlank()) {
      add(field, message);
    }
  }

  public void throwIfAny(String code) {
    if (count > 0) {
      throw new InvalidInputException(code, found, count);
    }
  }
}
