package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/** Issues to carry from a year's horizon scan into the next, as chosen on the page. */
public record HorizonCarryRequest(String fromYear, List<Long> carry) {

  /** The carry as domain types, or every problem with its shape at once (HORIZON-2). */
  public HorizonCarry toCommand() {
    Problems problems = new Problems();
    FinancialYear from = problems.parse("fromYear", fromYear, FinancialYear::parse);
    if (carry == null || carry.isEmpty()) {
      problems.add("carry", "Choose the issues to carry into the next year");
    }
    problems.throwIfAny("HORIZON-2");
    return new HorizonCarry(from, carry);
  }
}
