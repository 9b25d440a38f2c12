package org.commissioninghub.contracts;

import java.time.LocalDate;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * An extension decision as the JSON body, the page's form and the demo's history carry it: the
 * outcome, the period (months, or the new end date), the evidence on performance, quality and
 * funding, when it was decided (today when blank) and, for an extension beyond the contract's
 * options, that it is an exception and why. {@link #toCommand()} checks its shape and gives the
 * typed {@link ExtensionCommand}.
 */
public record ExtensionRequest(
    String outcome,
    String months,
    String newEndDate,
    String performance,
    String quality,
    String funding,
    String decidedOn,
    boolean exception,
    String exceptionReasons) {

  /**
   * Reads every field, collecting every problem (code CONTRACT-10): an outcome, the three kinds of
   * evidence, readable dates, a whole number of months from 1 to 60 and, for an exception, that it
   * is an extension and why.
   *
   * @throws InvalidInputException naming each field that is missing or not readable
   */
  public ExtensionCommand toCommand() {
    Problems problems = new Problems();
    ExtensionOutcome readOutcome = null;
    if (blank(outcome)) {
      problems.add("outcome", "Select whether the contract is extended");
    } else {
      readOutcome =
          problems.parse(
              "outcome", outcome, t -> Codes.parse(ExtensionOutcome.class, t, "extension outcome"));
    }
    problems.required(
        "performance", performance, "Enter the evidence on the provider's performance");
    problems.required("quality", quality, "Enter the evidence on the quality of the service");
    problems.required("funding", funding, "Enter whether funding is available for the period");
    LocalDate readDecidedOn = Dates.parseOptional(problems, "decidedOn", decidedOn);
    Integer readMonths = null;
    LocalDate readNewEnd = null;
    if (readOutcome == ExtensionOutcome.EXTEND) {
      if (!blank(newEndDate)) {
        readNewEnd = Dates.parseOptional(problems, "newEndDate", newEndDate);
      } else if (!blank(months)) {
        readMonths = months(problems);
      }
    }
    if (exception) {
      if (readOutcome != ExtensionOutcome.EXTEND) {
        problems.add("exception", "Only an extension can be recorded as an exception");
      }
      problems.required(
          "exceptionReasons",
          exceptionReasons,
          "Enter the reasons for extending beyond the contract's options");
    }
    problems.throwIfAny("CONTRACT-10");
    return new ExtensionCommand(
        readOutcome,
        new ExtensionCommand.Period(readMonths, readNewEnd),
        new ExtensionCommand.Evidence(performance.strip(), quality.strip(), funding.strip()),
        readDecidedOn,
        exception ? exceptionReasons.strip() : null);
  }

  private Integer months(Problems problems) {
    try {
      int read = Integer.parseInt(months.strip());
      if (read < 1 || read > 60) {
        problems.add("months", "Enter a whole number of months from 1 to 60");
        return null;
      }
      return read;
    } catch (NumberFormatException e) {
      problems.add("months", "Enter the extension as a whole number of months, like 12");
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
