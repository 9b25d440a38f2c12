package org.commissioninghub.payments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.Money;

/** A batch of due payments put together by one finance user and approved by another. */
public record PaymentRunView(
    long id,
    LocalDate paymentDate,
    Status status,
    Money total,
    String createdBy,
    OffsetDateTime createdAt,
    String approvedBy,
    OffsetDateTime approvedAt,
    List<ScheduledPaymentView> payments) {

  public enum Status {
    AWAITING_APPROVAL("Awaiting approval"),
    APPROVED("Approved and paid");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether a run may move from this status to that one: only awaiting approval to approved. */
    public boolean canMoveTo(Status to) {
      return this == AWAITING_APPROVAL && to == APPROVED;
    }
  }
}
