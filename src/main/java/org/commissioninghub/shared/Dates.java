package org.commissioninghub.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Parsing and showing dates the way users write them. */
public final class Dates {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Longer text is refused before any parsing; no way of writing a date needs more. */
  static final int LONGEST_TEXT = 30;

  private Dates() {}

  /** Accepts ISO dates (2024-04-01) and UK day/month/year (1/4/2024). */
  public static LocalDate parse(String text) {
    if (text.length() > LONGEST_TEXT) {
      throw new IllegalArgumentException(
          "\""
              + text.substring(0, LONGEST_TEXT)
              + "…\" is not a date: write it like 2024-04-01 or 1/4/2024");
    }
    String trimmed = text.strip();
    try {
      if (trimmed.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        String[] parts = trimmed.split("/");
        return LocalDate.of(
            Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
      }
      return LocalDate.parse(trimmed);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a real date: write it like 2024-04-01 or 1/4/2024");
    }
  }

  public static LocalDate parseOptional(Problems problems, String field, String text) {
    return text == null || text.isBlank() ? null : problems.parse(field, text, Dates::parse);
  }

  public static String format(LocalDate date) {
    return date == null ? "" : LONG.format(date);
  }
}
