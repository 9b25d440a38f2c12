package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/** Next year's plan as asked for: the year to carry from, the agreement, the actions chosen. */
public record RollOverRequest(String fromYear, String plan, List<Long> carry) {

  /** The roll-over as domain types, or every problem with its shape at once (ACTIONS-4). */
  public RollOver toCommand() {
    Problems problems = new Problems();
    FinancialYear from = problems.parse("fromYear", fromYear, FinancialYear::parse);
    if (carry == null || carry.isEmpty()) {
      problems.add("carry", "Choose the actions to carry into the next year");
    }
    problems.throwIfAny("ACTIONS-4");
    return new RollOver(from, plan == null ? "" : plan.strip(), carry);
  }
}
