package org.commissioninghub.decisions;

import java.util.List;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.shared.Money;

/**
 * What is published about an approved award: the fund, the recipient, the amount per year, who
 * decided at each step and why, and how the application was assessed.
 */
public record DecisionRecord(
    ApplicationView application,
    List<DecisionView> decisions,
    List<Money> amounts,
    String awardPublicId,
    int assessorsScoring,
    Double meanScore,
    int conflictsDeclared) {

  public Money total() {
    return amounts.stream().reduce(Money.ZERO, Money::plus);
  }
}
