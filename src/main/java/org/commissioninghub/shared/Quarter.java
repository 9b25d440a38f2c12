package org.commissioninghub.shared;

import java.time.LocalDate;

/** A quarter of a financial year: Q1 is April to June, Q4 is January to March. */
public record Quarter(FinancialYear year, int number) {

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
    }
  }

  public static Quarter containing(LocalDate date) {
    FinancialYear year = FinancialYear.containing(date);
    int monthsIn = (date.getMonthValue() + 8) % 12;
    return new Quarter(year, monthsIn / 3 + 1);
  }

  public LocalDate start() {
    return year.start().plusMonths(3L * (number - 1));
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public String label() {
    return "Q" + number + " " + year.label();
  }

  @Override
  public String toString() {
    return label();
  }
}
