package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A project funded through the Crime Reduction Grant, as typed or imported.
 *
 * @param csp the partnership whose allocation paid for it; blank for a project the PCC funds
 *     directly with a third party
 * @param organisation who delivers it
 * @param illustrative true for a record standing in for projects the sources give only as totals
 */
public record ProjectRequest(
    String year,
    String csp,
    String organisation,
    String title,
    String amount,
    String planPriority,
    String theme,
    boolean illustrative) {

  /**
   * Reads every field, collecting every problem (code CRG-6).
   *
   * @throws InvalidInputException naming each field that is missing, too long or not readable
   */
  public ProjectCommand toCommand() {
    Problems problems = new Problems();
    FinancialYear readYear = problems.parse("year", year, FinancialYear::parse);
    String deliverer = blankToNull(organisation);
    if (deliverer == null) {
      problems.add("organisation", "Choose the organisation");
    }
    String readTitle = problems.text("title", title, "Enter the project’s name", 300);
    Money readAmount = null;
    if (blankToNull(amount) == null) {
      problems.add("amount", "Enter what the grant paid for the project, like £4,500");
    } else {
      readAmount = problems.money("amount", amount);
      if (readAmount != null && !readAmount.isPositive()) {
        problems.add("amount", "The amount must be more than £0.00");
      }
    }
    String priority = planPriority == null ? "" : planPriority.strip();
    if (!CrimeReductionGrants.PLAN_PRIORITIES.contains(priority)) {
      problems.add("planPriority", "Choose the Police and Crime Plan priority the project serves");
    }
    String readTheme = problems.text("theme", theme, "Enter the project’s theme", 200);
    problems.throwIfAny("CRG-6");
    return new ProjectCommand(
        readYear,
        blankToNull(csp),
        deliverer,
        readTitle,
        readAmount,
        priority,
        readTheme,
        illustrative);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
