package org.commissioninghub.payments;

import java.time.LocalDate;
import org.commissioninghub.shared.Money;

/**
 * What the finance system knows of a payment: the day it was paid, the amount and its reference.
 * The three together identify it, so the same transaction is never recorded twice.
 */
public record Transaction(LocalDate date, Money amount, String reference) {

  /** The key the database holds unique: reference, date and amount in pence. */
  String key() {
    return reference.strip() + "|" + date + "|" + amount.pence();
  }
}
