package org.commissioninghub.shared;

/** Text that is not a well-formed amount of money. */
public class InvalidMoneyException extends IllegalArgumentException {

  private final String input;

  public InvalidMoneyException(String input, String problem) {
    super("\"" + (input == null ? "" : input) + "\" is not a valid amount: " + problem);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
