package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The tables of moves of a scheduled payment and of a payment run, move by move. */
class PaymentStatusTest {

  @Test
  void aScheduledPaymentMovesOnlyAlongItsTable() {
    Set<String> allowed = new TreeSet<>();
    for (ScheduledPaymentView.Status from : ScheduledPaymentView.Status.values()) {
      for (ScheduledPaymentView.Status to : ScheduledPaymentView.Status.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed)
        .containsExactlyInAnyOrder("DUE>HELD", "DUE>IN_RUN", "DUE>PAID", "HELD>DUE", "IN_RUN>PAID");
  }

  @Test
  void aPaidPaymentGoesNowhereAndAHeldOneNeverGoesInARunOrIsPaid() {
    for (ScheduledPaymentView.Status to : ScheduledPaymentView.Status.values()) {
      assertThat(ScheduledPaymentView.Status.PAID.canMoveTo(to)).as("PAID to " + to).isFalse();
    }
    assertThat(ScheduledPaymentView.Status.HELD.canMoveTo(ScheduledPaymentView.Status.IN_RUN))
        .isFalse();
    assertThat(ScheduledPaymentView.Status.HELD.canMoveTo(ScheduledPaymentView.Status.PAID))
        .isFalse();
    assertThat(ScheduledPaymentView.Status.IN_RUN.canMoveTo(ScheduledPaymentView.Status.HELD))
        .as("a payment in a run is not held: the run is approved or not")
        .isFalse();
  }

  @Test
  void aRunIsApprovedOnceAndNeverGoesBack() {
    Set<String> allowed = new TreeSet<>();
    for (PaymentRunView.Status from : PaymentRunView.Status.values()) {
      for (PaymentRunView.Status to : PaymentRunView.Status.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }
    assertThat(allowed).containsExactly("AWAITING_APPROVAL>APPROVED");
  }
}
