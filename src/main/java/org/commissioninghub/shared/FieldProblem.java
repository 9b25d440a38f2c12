package org.commissioninghub.shared;

/**
 * One thing wrong with one field, in words a user can act on. A message that quotes what was typed
 * is shortened, keeping its start and end, so that a 200,000-character value is not sent back.
 */
public record FieldProblem(String field, String message) {

  /** The longest message kept whole. */
  static final int LONGEST_MESSAGE = 500;

  public FieldProblem {
    field = shorten(field);
    message = shorten(message);
  }

  /**
   * The text, or its start and end around an ellipsis when it is longer than a message should be.
   */
  public static String shorten(String text) {
    if (text == null || text.length() <= LONGEST_MESSAGE) {
      return text;
    }
    int half = LONGEST_MESSAGE / 2 - 1;
    return text.substring(0, half) + " … " + text.substring(text.length() - half);
  }
}
