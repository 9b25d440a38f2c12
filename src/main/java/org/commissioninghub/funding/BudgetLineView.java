package org.commissioninghub.funding;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * A line of the PCC's budget for a year with its outturn from the finance system. The variance is
 * computed: budget less spend, so an underspend is positive and an overspend negative.
 */
public record BudgetLineView(
    long id,
    String publicId,
    FinancialYear year,
    int position,
    String name,
    Money budget,
    Money outturn,
    String outturnSource,
    int version) {

  /** Budget less outturn; null until the outturn is recorded. */
  public Money variance() {
    return outturn == null ? null : budget.minus(outturn);
  }

  public boolean overspent() {
    return outturn != null && outturn.isGreaterThan(budget);
  }
}
