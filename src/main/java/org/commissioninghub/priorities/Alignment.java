package org.commissioninghub.priorities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/**
 * How a year's Crime Reduction Grant projects align to the priorities and themes they are tagged
 * with, for CSP projects and for third parties' separately, each share stated with its denominator:
 * of the number of projects and of their value.
 */
public record Alignment(FinancialYear year, List<Line> lines) {

  /**
   * @param projects projects tagged with the item, as primary or secondary
   * @param primary of those, how many have it as their primary
   */
  public record Line(
      String group,
      String plan,
      String item,
      ItemKind kind,
      int projects,
      int primary,
      int ofProjects,
      Money value,
      Money ofValue) {

    /** What the share is of, as tables of shares name their rows. */
    public String label() {
      return item;
    }

    public int percentOfProjects() {
      return percent(projects, ofProjects);
    }

    public int percentOfValue() {
      return percent(value.pence(), ofValue.pence());
    }

    private static int percent(long part, long whole) {
      return whole == 0
          ? 0
          : BigDecimal.valueOf(part * 100)
              .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
              .intValue();
    }
  }
}
