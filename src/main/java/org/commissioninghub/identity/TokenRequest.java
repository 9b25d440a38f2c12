package org.commissioninghub.identity;

import org.commissioninghub.shared.InvalidInputException;

/** A new token as asked for on the page: its name and how many days it lasts (default 90). */
record TokenRequest(String name, String days) {

  /** The token as domain types, or the problem with its shape (TOKEN-1). */
  NewToken toCommand() {
    int lasting;
    try {
      lasting = Integer.parseInt(days == null || days.isBlank() ? "90" : days.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(
          "TOKEN-1", "days", "Enter the number of days as a whole number, like 90");
    }
    return NewToken.of(name, lasting);
  }
}
