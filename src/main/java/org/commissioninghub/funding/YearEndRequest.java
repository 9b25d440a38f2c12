package org.commissioninghub.funding;

import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A year-end decision as the JSON body and the budget page carry it: on a budget line (its public
 * id) or on a funding stream, what is done with how much, why, and on which day it was decided
 * (today when blank), as text. {@link #toCommand()} checks its shape and gives the typed {@link
 * YearEndCommand}.
 */
public record YearEndRequest(
    String budgetLine,
    String stream,
    String outcome,
    String amount,
    String toStream,
    String reasons,
    String decidedOn) {

  /**
   * Reads every field, collecting every problem (code YEAR-END-1): exactly one of a line and a
   * stream, an outcome, an amount above £0.00, reasons, and a readable date when one is given.
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public YearEndCommand toCommand() {
    Problems problems = new Problems();
    boolean onLine = !blank(budgetLine);
    boolean onStream = !blank(stream);
    if (onLine == onStream) {
      problems.add("budgetLine", "Choose either a budget line or a funding stream");
      problems.throwIfAny("YEAR-END-1");
    }
    YearEndOutcome readOutcome = null;
    if (blank(outcome)) {
      problems.add("outcome", "Choose what is done with the money");
    } else {
      readOutcome =
          problems.parse(
              "outcome", outcome, v -> Codes.parse(YearEndOutcome.class, v, "year-end outcome"));
    }
    Money readAmount = null;
    if (blank(amount)) {
      problems.add("amount", "Enter the amount, like £1,250.00");
    } else {
      readAmount = problems.money("amount", amount);
      if (readAmount != null && !readAmount.isPositive()) {
        problems.add("amount", "The amount must be more than £0.00");
      }
    }
    problems.required("reasons", reasons, "Give the reasons for the decision");
    var readDate = blank(decidedOn) ? null : Dates.parseOptional(problems, "decidedOn", decidedOn);
    problems.throwIfAny("YEAR-END-1");
    return new YearEndCommand(
        onLine
            ? new YearEndCommand.Subject.Line(budgetLine.strip())
            : new YearEndCommand.Subject.Stream(stream.strip()),
        readOutcome,
        readAmount,
        blank(toStream) ? null : toStream.strip(),
        reasons.strip(),
        readDate);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
