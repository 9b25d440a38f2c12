package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/**
 * A roll-over whose shape is checked: the unfinished actions of {@code from} to carry into the
 * agreement {@code plan} (public id) for the next year.
 */
public record RollOver(FinancialYear from, String plan, List<Long> carry) {

  public FinancialYear to() {
    return from.next();
  }
}
