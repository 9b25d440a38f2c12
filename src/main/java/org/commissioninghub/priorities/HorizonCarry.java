package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/** The live issues of {@code from}'s scan to carry onto the next year's. */
public record HorizonCarry(FinancialYear from, List<Long> ids) {

  public FinancialYear to() {
    return from.next();
  }
}
