package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentFields.blankToNull;
import static org.commissioninghub.payments.PaymentFields.optional;
import static org.commissioninghub.payments.PaymentFields.positiveAmount;
import static org.commissioninghub.payments.PaymentFields.readClass;
import static org.commissioninghub.payments.PaymentFields.requiredDate;
import static org.commissioninghub.payments.PaymentFields.text;

import java.time.LocalDate;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A payment made outside a run (e.g. by BACS on the day), as the JSON body and the page's form
 * carry it: text, amounts as written ("£1,250.00" or "1250"); {@code individual} is absent from the
 * form when its box is not ticked. {@link #toCommand()} checks its shape and gives the typed {@link
 * PaymentCommand}.
 */
public record PaymentRequest(
    String date,
    String amount,
    String payee,
    Boolean individual,
    String reference,
    String stream,
    String costCentre,
    String purpose,
    String paymentClass,
    String award,
    String awardLine,
    String conditions,
    String reasons) {

  /** The longest payee name kept: the size of {@code payment.payee_name}. */
  static final int LONGEST_PAYEE = 300;

  /** An empty form, optionally for paying an award. */
  static PaymentRequest blank(String award) {
    return new PaymentRequest(
        "", "", "", false, "", "", "", "", "", award == null ? "" : award, "", "", "");
  }

  /**
   * Reads every field, collecting every problem (code PAYMENT-6).
   *
   * @throws InvalidInputException naming each field that is missing, too long or not readable
   */
  public PaymentCommand toCommand() {
    Problems problems = new Problems();
    LocalDate paidOn = requiredDate(date, "date", "Enter the date of the payment", problems);
    Money paid =
        positiveAmount(amount, "amount", "Enter the amount paid, like £1,250.00", problems);
    String ref = text(reference, 100, "reference", "the payment reference", problems);
    String what = text(purpose, 500, "purpose", "what the payment is for", problems);
    PaymentClass cls = readClass(paymentClass, null, problems);
    String centre = optional(costCentre, 100, "costCentre", "The cost centre", problems);
    String conds = optional(conditions, 1000, "conditions", "The conditions", problems);
    String why = optional(reasons, 1000, "reasons", "The reasons", problems);
    String awardId = blankToNull(award);
    Long line = awardId == null ? null : line(awardId, problems);
    String payeeText = blankToNull(payee);
    if (payeeText != null && payeeText.length() > LONGEST_PAYEE) {
      problems.add("payee", "The payee must be " + LONGEST_PAYEE + " characters or fewer");
    }
    problems.throwIfAny("PAYMENT-6");
    return new PaymentCommand(
        new Transaction(paidOn, paid, ref),
        payeeText,
        Boolean.TRUE.equals(individual),
        new Disclosure(cls, what, centre, conds, why),
        awardId,
        line,
        blankToNull(stream));
  }

  private Long line(String awardId, Problems problems) {
    String text = blankToNull(awardLine);
    if (text == null) {
      return null;
    }
    if (!text.matches("\\d{1,18}")) {
      problems.add("awardLine", "The award " + awardId + " has no line " + awardLine);
      return null;
    }
    return Long.valueOf(text);
  }
}
