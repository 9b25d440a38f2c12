package org.commissioninghub.awards;

import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * One line of an award as typed: which stream, which year (else the stream's), how much
 * ("£25,000"), an optional category and posts.
 */
public record AwardLineRequest(
    String stream, String year, String category, String amount, String posts) {

  static final AwardLineRequest EMPTY = new AwardLineRequest(null, null, null, null, null);

  /**
   * Reads the line (code AWARD-1).
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public AwardLineCommand toCommand() {
    Problems problems = new Problems();
    AwardLineCommand line = read("", problems);
    problems.throwIfAny("AWARD-1");
    return line;
  }

  /** Reads the line, its problems named {@code prefix + field}. */
  AwardLineCommand read(String prefix, Problems problems) {
    String streamId = AwardRequest.blankToNull(stream);
    if (streamId == null) {
      problems.add(prefix + "stream", "Select the funding stream that pays for this line");
    }
    FinancialYear readYear =
        AwardRequest.blankToNull(year) == null
            ? null
            : problems.parse(prefix + "year", year, FinancialYear::parse);
    Money readAmount = null;
    if (amount == null || amount.isBlank()) {
      problems.add(prefix + "amount", "Enter the amount, like £25,000.00");
    } else {
      readAmount = problems.money(prefix + "amount", amount);
      if (readAmount != null && !readAmount.isPositive()) {
        problems.add(prefix + "amount", "The amount must be more than £0.00");
      }
    }
    String readCategory = category == null ? "" : category.strip();
    if (readCategory.length() > 100) {
      problems.add(prefix + "category", "The category must be 100 characters or fewer");
    }
    return new AwardLineCommand(
        streamId, readYear, readCategory, readAmount, AwardRequest.blankToNull(posts));
  }
}
