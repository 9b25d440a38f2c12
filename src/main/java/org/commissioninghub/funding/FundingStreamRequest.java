package org.commissioninghub.funding;

import java.time.LocalDate;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A funding stream as the JSON body carries it (the page's form and the demo's CSV build the same):
 * text, dates and amounts as written ("£1,837,213.31"). {@link #toCommand()} checks its shape and
 * gives the typed {@link FundingStreamCommand}.
 */
public record FundingStreamRequest(
    String publicId,
    String source,
    String holder,
    String name,
    String shortName,
    String year,
    String amount,
    boolean ringfenced,
    String ringfencePurpose,
    String allowedUses,
    String startDate,
    String endDate,
    String matchFunding,
    String group,
    Integer displayOrder,
    String notes) {

  /**
   * Reads every field, collecting every problem (code FUNDING-1).
   *
   * @throws InvalidInputException naming each field that is missing, too long or not readable
   */
  public FundingStreamCommand toCommand() {
    Problems problems = new Problems();
    String readName = blankToNull(name);
    if (readName == null) {
      problems.add("name", "Enter the name of the funding stream");
    }
    String readShort = blankToNull(shortName) == null ? readName : blankToNull(shortName);
    if (readShort != null && readShort.length() > 60) {
      problems.add("shortName", "The short name must be 60 characters or fewer");
    }
    FinancialYear readYear = null;
    if (blankToNull(year) == null) {
      problems.add("year", "Enter the financial year, like 2024/25");
    } else {
      readYear = problems.parse("year", year, FinancialYear::parse);
    }
    Money received = problems.optionalMoney("amount", amount);
    if (received != null && received.isNegative()) {
      problems.add("amount", "The amount received cannot be negative");
    }
    Money match = problems.optionalMoney("matchFunding", matchFunding);
    LocalDate start = Dates.parseOptional(problems, "startDate", startDate);
    LocalDate end = Dates.parseOptional(problems, "endDate", endDate);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("endDate", "The end date must be on or after the start date");
    }
    if (ringfenced && blankToNull(ringfencePurpose) == null) {
      problems.add("ringfencePurpose", "Say what the ring-fenced money may be spent on");
    }
    String readGroup = blankToNull(group) == null ? "other" : group.strip();
    if (!readGroup.matches("[a-z0-9-]{1,60}")) {
      problems.add("group", "Use lower-case letters, digits and hyphens for the group");
    }
    String from = blankToNull(source);
    if (from == null) {
      problems.add("source", "Select where the money comes from");
    }
    problems.throwIfAny("FUNDING-1");
    return new FundingStreamCommand(
        blankToNull(publicId),
        from,
        blankToNull(holder),
        readName,
        readShort,
        readYear,
        received,
        new FundingStreamCommand.Ringfence(ringfenced, blankToNull(ringfencePurpose)),
        blankToNull(allowedUses),
        new FundingStreamCommand.Period(start, end),
        match,
        readGroup,
        displayOrder == null ? 0 : displayOrder,
        blankToNull(notes));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
