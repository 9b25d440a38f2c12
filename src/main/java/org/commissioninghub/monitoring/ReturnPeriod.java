package org.commissioninghub.monitoring;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;

/**
 * A quarter of a financial year: Q1 is April to June, Q4 January to March. A return is due on the
 * last day of the month after its quarter (Q1 by 31 July), unless a programme says otherwise.
 */
public record ReturnPeriod(FinancialYear year, int quarter) {

  public ReturnPeriod {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
    }
  }

  public LocalDate start() {
    return year.start().plusMonths(3L * (quarter - 1));
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /** The last day of the month after the quarter. */
  public LocalDate dueOn() {
    return end().plusDays(1).plusMonths(1).minusDays(1);
  }

  /** "2024/25 Q1 (April to June 2024)". */
  public String label() {
    java.time.format.DateTimeFormatter month =
        java.time.format.DateTimeFormatter.ofPattern("MMMM", java.util.Locale.UK);
    java.time.format.DateTimeFormatter monthYear =
        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);
    return year.label()
        + " Q"
        + quarter
        + " ("
        + month.format(start())
        + " to "
        + monthYear.format(end())
        + ")";
  }
}
