package org.commissioninghub.payments;

import java.time.LocalDate;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * The shape checks the payment requests share (required, lengths, dates, money, class of payment),
 * so that a field is refused in the same words whichever request carries it. Only text is read
 * here; rules that need records are checked by the services.
 */
final class PaymentFields {

  private PaymentFields() {}

  static LocalDate requiredDate(String text, String field, String message, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.add(field, message);
      return null;
    }
    return problems.parse(field, text, Dates::parse);
  }

  /** An amount that must be given and be more than nothing. */
  static Money positiveAmount(String text, String field, String missing, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.add(field, missing);
      return null;
    }
    Money amount = problems.money(field, text);
    if (amount != null && !amount.isPositive()) {
      problems.add(field, "The amount must be more than £0.00");
      return null;
    }
    return amount;
  }

  static PaymentClass readClass(String text, PaymentClass fallback, Problems problems) {
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        problems.add(
            "paymentClass",
            "Choose whether this is a crime and disorder reduction grant or expenditure");
      }
      return fallback;
    }
    PaymentClass read = PaymentClass.read(text);
    if (read == null) {
      problems.add(
          "paymentClass",
          "\"" + text + "\" is not a class of payment: choose CDR_GRANT or EXPENDITURE");
    }
    return read;
  }

  static String text(String value, int max, String field, String what, Problems problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      problems.add(field, "Enter " + what);
      return null;
    }
    if (v.length() > max) {
      problems.add(field, "Keep " + what + " to " + max + " characters or fewer");
    }
    return v;
  }

  static String optional(String value, int max, String field, String what, Problems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      problems.add(field, what + " must be " + max + " characters or fewer");
    }
    return v;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
