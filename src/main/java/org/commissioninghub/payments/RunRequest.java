package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentFields.requiredDate;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Problems;

/**
 * A payment run as the JSON body and the page's form carry it: the due payments due on or before
 * {@code dueBy} (else the payment date), or only those listed in {@code scheduled}, to be paid on
 * {@code paymentDate}.
 */
public record RunRequest(String paymentDate, String dueBy, List<Long> scheduled) {

  /**
   * Reads the dates (code PAYMENT-RUN-1).
   *
   * @throws InvalidInputException when the payment date is missing or a date is not readable
   */
  public RunCommand toCommand() {
    Problems problems = new Problems();
    LocalDate paysOn =
        requiredDate(paymentDate, "paymentDate", "Enter the date the run pays on", problems);
    LocalDate dueOnOrBefore = Dates.parseOptional(problems, "dueBy", dueBy);
    problems.throwIfAny("PAYMENT-RUN-1");
    return new RunCommand(
        paysOn,
        dueOnOrBefore == null ? paysOn : dueOnOrBefore,
        scheduled == null ? List.of() : scheduled.stream().toList());
  }
}
