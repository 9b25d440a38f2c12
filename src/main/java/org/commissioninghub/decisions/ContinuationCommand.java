package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * A continuation offer on last year's award, as typed on the page and sent as the API's JSON body;
 * {@link #toCommand()} checks its shape.
 *
 * @param year the financial year continued into, like "2024/25"
 * @param successor the public id for next year's award (made from the predecessor's if blank)
 * @param lines next year's lines; empty means the same level, from the same streams' next year
 * @param programme the programme named on next year's award (the predecessor's if blank)
 * @param offeredOn for an offer made in the past and recorded now, the date it was made; no email
 *     is sent for it
 */
public record ContinuationCommand(
    String predecessor,
    String year,
    String successor,
    List<AwardLineRequest> lines,
    String performanceEvidence,
    String complianceEvidence,
    String sendTo,
    String respondBy,
    String programme,
    String offeredOn) {

  /**
   * Checks the shape: the year (code CONTINUATION-1), then the evidence, the address the offer goes
   * to, the dates and each line's amount (code CONTINUATION-2), naming every field at fault.
   */
  public ContinuationOffer toCommand() {
    Problems problems = new Problems();
    FinancialYear readYear = problems.parse("year", year, FinancialYear::parse);
    problems.throwIfAny("CONTINUATION-1");
    problems.required(
        "performanceEvidence",
        performanceEvidence,
        "Record the evidence that the service performed effectively");
    problems.required(
        "complianceEvidence",
        complianceEvidence,
        "Record the evidence that the grant conditions were kept");
    String address = sendTo == null ? "" : sendTo.strip();
    if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("sendTo", "Enter the email address the offer goes to, like name@example.org");
    }
    LocalDate offered =
        date(
            "offeredOn", offeredOn, "Enter the date the offer was made, like 2024-03-01", problems);
    LocalDate answerBy = date("respondBy", respondBy, "Enter a date like 2024-03-15", problems);
    List<ContinuationOffer.Line> readLines = lines(problems);
    problems.throwIfAny("CONTINUATION-2");
    return new ContinuationOffer(
        predecessor == null ? null : predecessor.strip(),
        readYear,
        blankToNull(successor),
        readLines,
        performanceEvidence.strip(),
        complianceEvidence.strip(),
        address,
        answerBy,
        blankToNull(programme),
        offered);
  }

  private List<ContinuationOffer.Line> lines(Problems problems) {
    List<ContinuationOffer.Line> read = new ArrayList<>();
    List<AwardLineRequest> typed = lines == null ? List.of() : lines;
    for (int i = 0; i < typed.size(); i++) {
      AwardLineRequest c = typed.get(i);
      String at = "lines[" + i + "].";
      Money amount =
          c.amount() == null || c.amount().isBlank()
              ? null
              : problems.money(at + "amount", c.amount());
      if (amount == null || !amount.isPositive()) {
        if (c.amount() == null || c.amount().isBlank() || amount != null) {
          problems.add(at + "amount", "Line " + (i + 1) + ": enter an amount more than £0.00");
        }
        continue;
      }
      read.add(
          new ContinuationOffer.Line(
              c.stream() == null ? null : c.stream().strip(),
              c.category() == null ? "" : c.category().strip(),
              amount,
              blankToNull(c.posts())));
    }
    return read;
  }

  private static LocalDate date(String field, String text, String message, Problems problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(field, message);
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
