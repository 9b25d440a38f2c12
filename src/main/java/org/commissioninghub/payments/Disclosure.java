package org.commissioninghub.payments;

/**
 * What is published about a payment under the Specified Information Order: whether it is a crime
 * and disorder reduction grant or expenditure, what it is for, its cost centre, and for a grant its
 * conditions and reasons.
 */
public record Disclosure(
    PaymentClass paymentClass,
    String purpose,
    String costCentre,
    String conditions,
    String reasons) {

  /** A scheduled payment's disclosure, the condition it was held on added to its conditions. */
  static Disclosure of(ScheduledPaymentView s) {
    return new Disclosure(
        s.paymentClass(), s.purpose(), s.costCentre(), conditionsOf(s), s.reasons());
  }

  /** A grant's conditions, with the condition it was held on, if any. */
  static String conditionsOf(ScheduledPaymentView s) {
    if (s.holdCondition() == null) {
      return s.conditions();
    }
    String held = "Paid once " + s.holdCondition();
    return s.conditions() == null ? held : s.conditions() + ". " + held;
  }
}
