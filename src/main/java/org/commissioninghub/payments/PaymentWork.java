package org.commissioninghub.payments;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.payments.PaymentRepository.Waiting;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Payments work for finance and administrators: runs another person put together that wait for
 * approval (a run's creator may not approve it), and scheduled payments on hold.
 */
@Component
class PaymentWork implements WorkWaiting {

  static final String SECTION = "Payments";

  private final PaymentRepository repository;

  PaymentWork(PaymentRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    if (!actor.has(Role.FINANCE) && !actor.has(Role.ADMIN)) {
      return List.of();
    }
    Waiting runs = repository.runsAwaitingApprovalNotBy(actor.username());
    Waiting held = repository.scheduledIn(ScheduledPaymentView.Status.HELD);
    return List.of(
        Work.due(
            SECTION,
            runs.count() == 1
                ? "payment run waiting for your approval"
                : "payment runs waiting for your approval",
            runs.count(),
            "/payment-runs",
            runs.earliest(),
            today),
        Work.due(
            SECTION,
            held.count() == 1 ? "held payment to review" : "held payments to review",
            held.count(),
            "/payments/schedules?status=HELD",
            held.earliest(),
            today));
  }
}
