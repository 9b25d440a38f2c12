package org.commissioninghub.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK public-sector financial year, 1 April to 31 March, written "2024/25". */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  public FinancialYear {
    if (startYear < 1990 || startYear > 2100) {
      throw new InvalidFinancialYearException(
          String.valueOf(startYear), "the year must be between 1990/91 and 2100/01");
    }
  }

  /**
   * Parses "2024/25". Rejects the near-misses seen in real documents, such as "202/24" or
   * "2024/26".
   */
  public static FinancialYear parse(String label) {
    if (label == null || label.isBlank()) {
      throw new InvalidFinancialYearException(label, "enter a financial year, like 2024/25");
    }
    Matcher matcher = LABEL.matcher(label.strip());
    if (!matcher.matches()) {
      throw new InvalidFinancialYearException(label, "write the financial year like 2024/25");
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if ((start + 1) % 100 != end) {
      throw new InvalidFinancialYearException(
          label,
          "the second part must be the year after the first, like "
              + start
              + "/"
              + String.format("%02d", (start + 1) % 100));
    }
    return new FinancialYear(start);
  }

  public static FinancialYear containing(LocalDate date) {
    int year = date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1;
    return new FinancialYear(year);
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  /** Quarters count from April: Q1 is April to June. */
  public Quarter quarter(int number) {
    return new Quarter(this, number);
  }

  public String label() {
    return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
