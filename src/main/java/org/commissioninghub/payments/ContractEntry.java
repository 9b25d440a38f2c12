package org.commissioninghub.payments;

import java.time.LocalDate;
import org.commissioninghub.shared.Money;

/** A contract as the public contracts register shows it. */
public record ContractEntry(
    String publicId,
    String title,
    String parties,
    Money value,
    String valueBasis,
    String purpose,
    LocalDate start,
    LocalDate end) {

  public static final Money THRESHOLD = Money.ofPounds(10_000);

  public boolean overThreshold() {
    return value != null && value.isGreaterThan(THRESHOLD);
  }
}
