package org.commissioninghub.crimereduction;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A year's Crime Reduction Grant to one CSP, as the JSON body and the form carry it. Times are UK
 * local date-times like 2024-05-09T17:00.
 *
 * @param source the funding source the money comes from (the PCC's own budget by default)
 */
public record AllocationRequest(
    String csp,
    String year,
    String total,
    String source,
    String upfrontOpens,
    String upfrontCloses,
    String tacticalOpens,
    String tacticalCloses) {

  /**
   * Reads the year and the total (code CRG-1); the rounds read their own windows.
   *
   * @throws InvalidInputException naming the year or total when either cannot be read
   */
  public AllocationCommand toCommand() {
    Problems problems = new Problems();
    FinancialYear readYear = problems.parse("year", year, FinancialYear::parse);
    Money readTotal = null;
    if (total == null || total.isBlank()) {
      problems.add("total", "Enter the allocation, like £39,661");
    } else {
      readTotal = problems.money("total", total);
      if (readTotal != null && !readTotal.isPositive()) {
        problems.add("total", "The allocation must be more than £0.00");
      }
    }
    problems.throwIfAny("CRG-1");
    return new AllocationCommand(
        csp == null ? "" : csp.strip(),
        readYear,
        readTotal,
        source == null || source.isBlank() ? "pcc-kent-budget" : source.strip(),
        new AllocationCommand.Window(upfrontOpens, upfrontCloses),
        new AllocationCommand.Window(tacticalOpens, tacticalCloses));
  }
}
