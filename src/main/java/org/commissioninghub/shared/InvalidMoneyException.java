package org.commissioninghub.shared;

/** Text that is not a well-formed amount of money. */
public class InvalidMoneyException extends IllegalArgumentException {

  private final String input;

  public InvalidMoneyException(String input, String problem) {
    super("\"" + shown(input) + "\" is not a valid amount: " + problem);
    this.input = input;
  }

  /** A message quotes at most the start of what was typed, however long it was. */
  static String shown(String input) {
    if (input == null) {
      return "";
    }
    return input.length() > 40 ? input.substring(0, 40) + "…" : input;
  }

  public String input() {
    return input;
  }
}
