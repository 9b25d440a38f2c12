package org.commissioninghub.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.payments.NewPayment.Charge;
import org.commissioninghub.payments.NewPayment.Origin;
import org.commissioninghub.payments.NewPayment.Payee;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.stereotype.Service;

/**
 * Payment runs and approval limits, behind {@link Payments}, which opens the transactions: the
 * person who puts a run together never approves it, and an approver approves only up to their
 * limit.
 */
@Service
class PaymentRuns {

  private final PaymentRepository repository;
  private final PaymentChecks checks;
  private final AuditLog audit;
  private final Clock clock;

  PaymentRuns(PaymentRepository repository, PaymentChecks checks, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.checks = checks;
    this.audit = audit;
    this.clock = clock;
  }

  List<PaymentRunView> runs() {
    return repository.runs();
  }

  PaymentRunView run(long id) {
    return repository
        .run(id)
        .orElseThrow(() -> new NotFoundException("payment run", String.valueOf(id)));
  }

  Map<String, Money> approvalLimits() {
    return repository.limits();
  }

  /** The run as it would be put together; nothing is written. */
  RunPreview preview(RunCommand c) {
    return new RunPreview(c.paymentDate(), c.dueBy(), select(c));
  }

  PaymentRunView createRun(Actor actor, RunCommand c) {
    List<ScheduledPaymentView> chosen = select(c);
    Money total = chosen.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);
    LocalDate paymentDate = c.paymentDate();
    long runId =
        repository.insertRun(paymentDate, total, actor.username(), OffsetDateTime.now(clock));
    for (ScheduledPaymentView s : chosen) {
      if (!repository.putInRun(s.id(), s.status(), runId)) {
        throw new ConflictException(
            "PAYMENT-RUN-10",
            "Scheduled payment "
                + s.id()
                + " to "
                + s.payeeName()
                + " went into another run or was paid while this one was put together: try again");
      }
    }
    audit.record(
        "payment-run.created",
        "payment-run",
        String.valueOf(runId),
        chosen.size() + " payments totalling " + total.plain() + " to pay on " + paymentDate);
    return run(runId);
  }

  /** The payments listed, or else every one due by the date (code PAYMENT-RUN-2 when none). */
  private List<ScheduledPaymentView> select(RunCommand c) {
    Problems problems = new Problems();
    List<ScheduledPaymentView> chosen =
        c.scheduled().isEmpty() ? dueBy(c.dueBy(), problems) : chosen(c.scheduled(), problems);
    problems.throwIfAny("PAYMENT-RUN-2");
    return chosen;
  }

  /** Held and already-paid payments stay out of a run, however they were chosen. */
  private List<ScheduledPaymentView> chosen(List<Long> ids, Problems problems) {
    List<ScheduledPaymentView> chosen = new ArrayList<>();
    for (Long id : new java.util.LinkedHashSet<>(ids)) {
      Optional<ScheduledPaymentView> s = id == null ? Optional.empty() : repository.scheduled(id);
      if (s.isEmpty()) {
        problems.add("scheduled", "There is no scheduled payment " + id);
      } else if (s.get().status() == ScheduledPaymentView.Status.HELD) {
        problems.add(
            "scheduled",
            "Scheduled payment "
                + id
                + " to "
                + s.get().payeeName()
                + " is held ("
                + s.get().holdReason()
                + "): release it before it can go in a run");
      } else if (!s.get().status().canMoveTo(ScheduledPaymentView.Status.IN_RUN)) {
        problems.add(
            "scheduled",
            "Scheduled payment "
                + id
                + " is "
                + s.get().status().label().toLowerCase()
                + ", so it cannot go in a run");
      } else {
        chosen.add(s.get());
      }
    }
    return chosen;
  }

  private List<ScheduledPaymentView> dueBy(LocalDate limit, Problems problems) {
    List<ScheduledPaymentView> due =
        repository.scheduled(null, ScheduledPaymentView.Status.DUE, null, null).stream()
            .filter(s -> !s.due().isAfter(limit))
            .toList();
    if (due.isEmpty()) {
      problems.add("dueBy", "No payments are due by " + Dates.format(limit));
    }
    return due;
  }

  /**
   * Approves a run: by a finance user or administrator who did not put it together, within their
   * approval limit. The run's payments are then paid on its payment date.
   */
  PaymentRunView approveRun(Actor actor, long id) {
    // Locked first and read again, so that two approvers pressing at once cannot both pay it.
    repository.lockRun(id);
    PaymentRunView run = run(id);
    checkMayApprove(actor, id, run);
    checkWithinAwards(run);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ScheduledPaymentView s : run.payments()) {
      repository.insertPayment(payment(id, run, s), actor.username(), now);
      if (!repository.markPaidFromRun(s.id(), s.status(), id)) {
        throw new ConflictException(
            "PAYMENT-RUN-9",
            "Scheduled payment " + s.id() + " was paid another way while this run was approved");
      }
    }
    if (!repository.approveRun(id, run.status(), actor.username(), now)) {
      throw new ConflictException(
          "PAYMENT-RUN-3", "Payment run " + id + " was approved by someone else just now");
    }
    audit.record(
        "payment-run.approved",
        "payment-run",
        String.valueOf(id),
        run.payments().size()
            + " payments totalling "
            + run.total().plain()
            + " paid on "
            + run.paymentDate()
            + " (put together by "
            + run.createdBy()
            + ")");
    return run(id);
  }

  private void checkMayApprove(Actor actor, long id, PaymentRunView run) {
    if (!run.status().canMoveTo(PaymentRunView.Status.APPROVED)) {
      throw new ConflictException(
          "PAYMENT-RUN-3", "Payment run " + id + " is already approved, by " + run.approvedBy());
    }
    if (!actor.has(Role.FINANCE) && !actor.has(Role.ADMIN)) {
      throw new ConflictException(
          "PAYMENT-RUN-4", "Only a finance officer or an administrator may approve a payment run");
    }
    if (actor.username().equals(run.createdBy())) {
      throw new ConflictException(
          "PAYMENT-RUN-5",
          "You put payment run "
              + id
              + " together, so you cannot approve it: another finance officer or an administrator"
              + " must (segregation of duties)");
    }
    Optional<Money> limit = repository.limitOf(actor.username());
    if (limit.isEmpty()) {
      throw new ConflictException(
          "PAYMENT-RUN-6",
          "You have no approval limit, so you cannot approve payment runs: an administrator sets"
              + " approval limits");
    }
    if (run.total().isGreaterThan(limit.get())) {
      throw new ConflictException(
          "PAYMENT-RUN-7",
          "Payment run "
              + id
              + " totals "
              + run.total().format()
              + ", which is above your approval limit of "
              + limit.get().format());
    }
  }

  /** The run's payments count together against each award line, so a run cannot overpay one. */
  private void checkWithinAwards(PaymentRunView run) {
    Problems problems = new Problems();
    Map<Long, Money> inThisRun = new HashMap<>();
    checks.lockLines(run.payments().stream().map(ScheduledPaymentView::awardLineId).toList());
    for (ScheduledPaymentView s : run.payments()) {
      AwardLineView line = checks.line(s.awardPublicId(), s.awardLineId());
      if (line == null) {
        problems.add(
            "run",
            "Scheduled payment "
                + s.id()
                + ": its line is no longer on award "
                + s.awardPublicId()
                + ", so nothing can be paid against it");
        continue;
      }
      Money before = inThisRun.getOrDefault(line.id(), Money.ZERO);
      checks.checkNotOverpaid(
          s.awardPublicId(),
          line,
          s.amount(),
          before,
          "run",
          "Scheduled payment " + s.id() + ": ",
          problems);
      inThisRun.put(line.id(), before.plus(s.amount()));
    }
    problems.throwIfAny("PAYMENT-RUN-8");
  }

  /** The payment a run makes of one scheduled payment, referenced RUN-run-scheduled. */
  private static NewPayment payment(long runId, PaymentRunView run, ScheduledPaymentView s) {
    return new NewPayment(
        new Transaction(run.paymentDate(), s.amount(), "RUN-" + runId + "-" + s.id()),
        new Payee(s.payeeOrganisationId(), s.payeeName(), false),
        Charge.of(s),
        Disclosure.of(s),
        Origin.run(runId, s.id()));
  }

  void setLimit(Actor actor, LimitCommand c) {
    if (!actor.has(Role.ADMIN)) {
      throw new ConflictException("PAYMENT-LIMIT-2", "Only an administrator sets approval limits");
    }
    if (!repository.userExists(c.username())) {
      throw InvalidInputException.of(
          "PAYMENT-LIMIT-1", "username", "There is no user " + c.username());
    }
    Optional<Money> before = repository.limitOf(c.username());
    repository.setLimit(c.username(), c.limit(), actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "approval-limit.set",
        "approval-limit",
        c.username(),
        before.map(Money::plain).orElse("none") + " -> " + c.limit().plain());
  }
}
