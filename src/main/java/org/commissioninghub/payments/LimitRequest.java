package org.commissioninghub.payments;

import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/** Set a user's payment-run approval limit, e.g. "£250,000.00". */
public record LimitRequest(String username, String limit) {

  /**
   * Reads both fields (code PAYMENT-LIMIT-1).
   *
   * @throws InvalidInputException when either is missing or the limit is not an amount of money
   */
  public LimitCommand toCommand() {
    Problems problems = new Problems();
    String user = username == null ? "" : username.strip();
    if (user.isEmpty()) {
      problems.add("username", "Enter the user's sign-in name");
    }
    Money amount = null;
    if (limit == null || limit.isBlank()) {
      problems.add("limit", "Enter the approval limit, like £250,000.00");
    } else {
      amount = problems.money("limit", limit);
      if (amount != null && amount.isNegative()) {
        problems.add("limit", "The approval limit cannot be negative");
      }
    }
    problems.throwIfAny("PAYMENT-LIMIT-1");
    return new LimitCommand(user, amount);
  }
}
