package org.commissioninghub.payments;

import java.time.LocalDate;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;

/** One instalment of one award line, due on a date to a payee. */
public record ScheduledPaymentView(
    long id,
    String instrumentType,
    String instrumentPublicId,
    String awardPublicId,
    long awardLineId,
    long streamId,
    String streamName,
    FinancialYear year,
    int quarter,
    long payeeOrganisationId,
    String payeeName,
    PaymentClass paymentClass,
    String purpose,
    String costCentre,
    String conditions,
    String reasons,
    PaymentProfile profile,
    int instalment,
    int instalments,
    LocalDate due,
    Money amount,
    Status status,
    String holdReason,
    String holdCondition,
    String heldBy,
    String releasedBy,
    Long runId) {

  /** Where a scheduled payment is: due, held until a condition is met, in a run, or paid. */
  public enum Status {
    DUE("Due"),
    HELD("Held"),
    IN_RUN("In a payment run"),
    PAID("Paid");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The status named in a filter ("held", "IN_RUN"), or null for any status. */
    public static Status read(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return valueOf(text.strip().toUpperCase(java.util.Locale.UK).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        throw org.commissioninghub.shared.InvalidInputException.of(
            "PAYMENT-8",
            "status",
            "There is no status " + text + ": use DUE, HELD, IN_RUN or PAID");
      }
    }
  }
}
