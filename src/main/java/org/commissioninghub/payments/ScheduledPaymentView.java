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

    /**
     * Whether a scheduled payment may move from this status to that one: the one table of moves. A
     * due payment is held, put in a run or paid outside one (an imported transaction); a held one
     * is released back to due; one in a run is paid when the run is approved.
     */
    public boolean canMoveTo(Status to) {
      return next().contains(to);
    }

    private java.util.Set<Status> next() {
      return switch (this) {
        case DUE -> java.util.EnumSet.of(HELD, IN_RUN, PAID);
        case HELD -> java.util.EnumSet.of(DUE);
        case IN_RUN -> java.util.EnumSet.of(PAID);
        case PAID -> java.util.EnumSet.noneOf(Status.class);
      };
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
