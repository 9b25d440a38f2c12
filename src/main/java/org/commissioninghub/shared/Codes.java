package org.commissioninghub.shared;

import java.util.Locale;

/** Reads a controlled value (a status, a type, a role) as typed, e.g. "six-monthly" or "Active". */
public final class Codes {

  private Codes() {}

  /**
   * @param what the value's name in the user's words, for the message: "\"X\" is not a {what} we
   *     record"
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    try {
      return Enum.valueOf(
          type, text.strip().toUpperCase(Locale.UK).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a " + what + " we record");
    }
  }
}
