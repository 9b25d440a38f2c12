package org.commissioninghub.programmes;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/** A round command that has passed every check, ready to store. */
record ValidRound(
    String publicId,
    ProgrammeView programme,
    String name,
    String referencePrefix,
    RoundWindow window,
    Money budget,
    FinancialYear firstYear,
    String advert,
    Long opensAfterRoundId) {

  static ValidRound check(
      RoundCommand c,
      String publicId,
      ProgrammeView programme,
      Long opensAfterRoundId,
      Problems problems) {
    problems.required("name", c.name(), "Enter the round's name, like Round 2 (September 2018)");
    String prefix = c.referencePrefix() == null ? "" : c.referencePrefix().strip();
    if (!prefix.matches("[A-Z][A-Z0-9-]{1,19}")) {
      problems.add(
          "referencePrefix",
          "Give the round a reference prefix of capital letters and digits, like SIKF-2");
    }
    LocalDateTime opens = localTime("opens", c.opens(), problems);
    LocalDateTime closes = localTime("closes", c.closes(), problems);
    RoundWindow window = null;
    if (opens != null && closes != null) {
      if (!closes.isAfter(opens)) {
        problems.add("closes", "The round must close after it opens");
      } else {
        window = RoundWindow.ukTimes(opens, closes);
      }
    }
    Money budget = null;
    if (c.budget() == null || c.budget().isBlank()) {
      problems.add("budget", "Enter the round's budget, like £100,000");
    } else {
      budget = problems.money("budget", c.budget());
      if (budget != null && !budget.isPositive()) {
        problems.add("budget", "The budget must be more than £0.00");
      }
    }
    FinancialYear first =
        c.firstYear() == null || c.firstYear().isBlank()
            ? (opens == null
                ? null
                : FinancialYear.containing(
                    closes == null ? opens.toLocalDate() : closes.toLocalDate()))
            : problems.parse("firstYear", c.firstYear(), FinancialYear::parse);
    return new ValidRound(
        publicId,
        programme,
        c.name() == null ? null : c.name().strip(),
        prefix,
        window,
        budget,
        first,
        c.advert() == null || c.advert().isBlank() ? null : c.advert().strip(),
        opensAfterRoundId);
  }

  private static LocalDateTime localTime(String field, String text, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.add(
          field, "Enter the UK date and time the round " + field + ", like 2018-09-11T17:00");
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(field, "Enter a UK date and time like 2018-09-11T17:00, not " + text.strip());
      return null;
    }
  }
}
