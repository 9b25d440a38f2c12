package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentFields.optional;

import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/** Hold a due payment: why, and optionally the condition for its release. */
public record HoldRequest(String reason, String condition) {

  /**
   * Reads both fields (code PAYMENT-3).
   *
   * @throws InvalidInputException when the reason is missing or either is too long
   */
  public HoldCommand toCommand() {
    Problems problems = new Problems();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      problems.add("reason", "Enter why the payment is held");
    } else if (why.length() > 500) {
      problems.add("reason", "The reason must be 500 characters or fewer");
    }
    String until = optional(condition, 500, "condition", "The condition", problems);
    problems.throwIfAny("PAYMENT-3");
    return new HoldCommand(why, until);
  }
}
