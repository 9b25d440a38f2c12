package org.commissioninghub.programmes;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Slugs;

/**
 * A round as typed or imported, and as the API's JSON body. Opening and closing are UK local
 * date-times like "2018-09-11T17:00"; the budget is text as typed. {@link #toCommand()} checks the
 * shape, naming every field at fault.
 *
 * @param opensAfterRound the public id of a round whose applications must all be decided before
 *     this one takes applications (a CSP's tactical pot after its upfront projects)
 */
public record RoundCommand(
    String publicId,
    String programme,
    String name,
    String referencePrefix,
    String opens,
    String closes,
    String budget,
    String firstYear,
    String advert,
    String opensAfterRound) {

  /**
   * Checks the shape (the programme named, the name, the prefix, the window, the budget and the
   * first year), naming every field at fault; the programme, the round it opens after, the id and
   * the prefix are checked against the records when the round is created.
   */
  public NewRound toCommand() {
    Problems problems = new Problems();
    String programmeId = blankToNull(programme);
    if (programmeId == null) {
      problems.add("programme", "Select the programme this round belongs to");
    }
    problems.required("name", name, "Enter the round's name, like Round 2 (September 2018)");
    String prefix = referencePrefix == null ? "" : referencePrefix.strip();
    if (!prefix.matches("[A-Z][A-Z0-9-]{1,19}")) {
      problems.add(
          "referencePrefix",
          "Give the round a reference prefix of capital letters and digits, like SIKF-2");
    }
    LocalDateTime opensAt = localTime("opens", opens, problems);
    LocalDateTime closesAt = localTime("closes", closes, problems);
    RoundWindow window = null;
    if (opensAt != null && closesAt != null) {
      if (!closesAt.isAfter(opensAt)) {
        problems.add("closes", "The round must close after it opens");
      } else {
        window = RoundWindow.ukTimes(opensAt, closesAt);
      }
    }
    Money money = null;
    if (budget == null || budget.isBlank()) {
      problems.add("budget", "Enter the round's budget, like £100,000");
    } else {
      money = problems.money("budget", budget);
      if (money != null && !money.isPositive()) {
        problems.add("budget", "The budget must be more than £0.00");
      }
    }
    FinancialYear first =
        firstYear == null || firstYear.isBlank()
            ? (closesAt == null ? null : FinancialYear.containing(closesAt.toLocalDate()))
            : problems.parse("firstYear", firstYear, FinancialYear::parse);
    if (first != null && opensAt != null) {
      FinancialYear opening = FinancialYear.containing(opensAt.toLocalDate());
      if (first.startYear() < opening.startYear()) {
        problems.add(
            "firstYear",
            "The first year funded cannot be "
                + first
                + ": the round opens in "
                + opening
                + ", so it can fund "
                + opening
                + " or a later year");
      }
    }
    problems.throwIfAny("ROUND-1");
    String id =
        blankToNull(publicId) == null ? Slugs.of(programmeId + " " + name) : publicId.strip();
    return new NewRound(
        id,
        programmeId,
        name.strip(),
        prefix,
        window,
        money,
        first,
        blankToNull(advert),
        blankToNull(opensAfterRound));
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
