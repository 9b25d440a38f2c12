package org.commissioninghub.funding;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A budget line as the JSON body, the budget page and the demo's CSV carry it; amounts as text
 * (e.g. "£1,345,000"). {@link #toCommand()} checks its shape and gives the typed {@link
 * BudgetLineCommand}.
 */
public record BudgetLineRequest(
    String publicId,
    String year,
    String name,
    String budget,
    String outturn,
    String outturnSource) {

  /**
   * Reads every field, collecting every problem (code BUDGET-1).
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public BudgetLineCommand toCommand() {
    return toCommand("year");
  }

  /**
   * As {@link #toCommand()}, naming the year's field as the form does: the budget page names it
   * "lineYear", its "year" being the year shown.
   */
  public BudgetLineCommand toCommand(String yearField) {
    Problems problems = new Problems();
    FinancialYear readYear = null;
    if (blank(year)) {
      problems.add(yearField, "Enter the financial year, like 2019/20");
    } else {
      readYear = problems.parse(yearField, year, FinancialYear::parse);
    }
    problems.required("name", name, "Name the budget line, like Grants");
    Money readBudget = null;
    if (blank(budget)) {
      problems.add("budget", "Enter the budget, like £1,250.00");
    } else {
      readBudget = problems.money("budget", budget);
    }
    Money readOutturn = problems.optionalMoney("outturn", outturn);
    if (readBudget != null && readBudget.isNegative()) {
      problems.add("budget", "A budget cannot be less than £0.00");
    }
    if (readOutturn != null && readOutturn.isNegative()) {
      problems.add("outturn", "Spend cannot be less than £0.00");
    }
    problems.throwIfAny("BUDGET-1");
    return new BudgetLineCommand(
        blank(publicId) ? null : publicId.strip(),
        readYear,
        name.strip(),
        readBudget,
        readOutturn,
        blank(outturnSource) ? null : outturnSource.strip());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
