package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/** A funding stream command that has passed its field and cross-field checks. */
record ValidStream(
    String name,
    String shortName,
    FinancialYear year,
    Money amount,
    boolean ringfenced,
    String ringfencePurpose,
    String allowedUses,
    LocalDate startDate,
    LocalDate endDate,
    Money matchFunding,
    String group,
    int displayOrder,
    String notes) {

  static ValidStream check(FundingStreamCommand c, Problems problems) {
    String name = blankToNull(c.name());
    if (name == null) {
      problems.add("name", "Enter the name of the funding stream");
    }
    String shortName = blankToNull(c.shortName());
    if (shortName == null) {
      shortName = name;
    }
    if (shortName != null && shortName.length() > 60) {
      problems.add("shortName", "The short name must be 60 characters or fewer");
    }
    FinancialYear year =
        blankToNull(c.year()) == null
            ? missing(problems, "year", "Enter the financial year, like 2024/25")
            : problems.parse("year", c.year(), FinancialYear::parse);
    Money amount = problems.optionalMoney("amount", c.amount());
    if (amount != null && amount.isNegative()) {
      problems.add("amount", "The amount received cannot be negative");
    }
    Money match = problems.optionalMoney("matchFunding", c.matchFunding());
    LocalDate start = Dates.parseOptional(problems, "startDate", c.startDate());
    LocalDate end = Dates.parseOptional(problems, "endDate", c.endDate());
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("endDate", "The end date must be on or after the start date");
    }
    if (c.ringfenced() && blankToNull(c.ringfencePurpose()) == null) {
      problems.add("ringfencePurpose", "Say what the ring-fenced money may be spent on");
    }
    String group = blankToNull(c.group()) == null ? "other" : c.group().strip();
    if (!group.matches("[a-z0-9-]{1,60}")) {
      problems.add("group", "Use lower-case letters, digits and hyphens for the group");
    }
    return new ValidStream(
        name,
        shortName,
        year,
        amount,
        c.ringfenced(),
        blankToNull(c.ringfencePurpose()),
        blankToNull(c.allowedUses()),
        start,
        end,
        match,
        group,
        c.displayOrder() == null ? 0 : c.displayOrder(),
        blankToNull(c.notes()));
  }

  private static <T> T missing(Problems problems, String field, String message) {
    problems.add(field, message);
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
