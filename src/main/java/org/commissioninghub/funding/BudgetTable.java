package org.commissioninghub.funding;

import java.util.List;
import java.util.Objects;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * The PCC's budget against spend for a year, in the form of the annual report's table (budget,
 * spend, variance by line and in total), with the year-end decisions on the variances.
 */
public record BudgetTable(
    FinancialYear year, List<BudgetLineView> lines, List<YearEndDecisionView> decisions) {

  /**
   * A variance as the annual report's table shows it: an overspend in brackets, "(£15,000.00)";
   * blank while the spend is not recorded.
   */
  public String accounting(Money variance) {
    if (variance == null) {
      return "";
    }
    return variance.isNegative()
        ? "(" + Money.ZERO.minus(variance).format() + ")"
        : variance.format();
  }

  public Money totalBudget() {
    return lines.stream().map(BudgetLineView::budget).reduce(Money.ZERO, Money::plus);
  }

  /** Total spend, or null while any line's outturn is still to be recorded. */
  public Money totalOutturn() {
    if (lines.stream().anyMatch(l -> l.outturn() == null)) {
      return null;
    }
    return lines.stream().map(BudgetLineView::outturn).reduce(Money.ZERO, Money::plus);
  }

  public Money totalVariance() {
    Money outturn = totalOutturn();
    return outturn == null ? null : totalBudget().minus(outturn);
  }

  /** Decisions recorded on one line. */
  public List<YearEndDecisionView> decisionsOn(BudgetLineView line) {
    return decisions.stream()
        .filter(d -> Objects.equals(d.budgetLinePublicId(), line.publicId()))
        .toList();
  }

  /** The part of a line's variance no decision has yet dealt with. */
  public Money undecided(BudgetLineView line) {
    Money variance = line.variance();
    if (variance == null) {
      return null;
    }
    Money decided =
        decisionsOn(line).stream()
            .map(d -> d.outcome().disposesOfUnderspend() ? d.amount() : d.amount().times(-1))
            .reduce(Money.ZERO, Money::plus);
    return variance.minus(decided);
  }
}
