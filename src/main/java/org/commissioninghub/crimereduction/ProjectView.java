package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** A funded Crime Reduction Grant project and the priority and theme it serves. */
public record ProjectView(
    long id,
    FinancialYear year,
    String cspName,
    String organisationName,
    String title,
    Money amount,
    String planPriority,
    String theme,
    boolean illustrative) {

  public boolean deliveredByPartnership() {
    return cspName != null;
  }
}
