package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.conditionsOf;
import static org.commissioninghub.payments.PaymentChecks.required;
import static org.commissioninghub.payments.PaymentChecks.transactionKey;

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
import org.commissioninghub.payments.PaymentRepository.NewPayment;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
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

  PaymentRunView createRun(Actor actor, Commands.Run c) {
    Problems problems = new Problems();
    LocalDate paymentDate =
        required(c.paymentDate(), "paymentDate", "Enter the date the run pays on", problems);
    LocalDate dueBy = Dates.parseOptional(problems, "dueBy", c.dueBy());
    problems.throwIfAny("PAYMENT-RUN-1");
    List<ScheduledPaymentView> chosen =
        c.scheduled() != null && !c.scheduled().isEmpty()
            ? chosen(c.scheduled(), problems)
            : dueBy(dueBy == null ? paymentDate : dueBy, problems);
    problems.throwIfAny("PAYMENT-RUN-2");
    Money total = chosen.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);
    long runId =
        repository.insertRun(paymentDate, total, actor.username(), OffsetDateTime.now(clock));
    for (ScheduledPaymentView s : chosen) {
      if (!repository.putInRun(s.id(), runId)) {
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
      } else if (s.get().status() != ScheduledPaymentView.Status.DUE) {
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
      if (!repository.markPaidFromRun(s.id(), id)) {
        throw new ConflictException(
            "PAYMENT-RUN-9",
            "Scheduled payment " + s.id() + " was paid another way while this run was approved");
      }
    }
    repository.approveRun(id, actor.username(), now);
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
    if (run.status() != PaymentRunView.Status.AWAITING_APPROVAL) {
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

  private NewPayment payment(long id, PaymentRunView run, ScheduledPaymentView s) {
    String reference = "RUN-" + id + "-" + s.id();
    return new NewPayment(
        run.paymentDate(),
        s.amount(),
        s.payeeOrganisationId(),
        s.payeeName(),
        false,
        reference,
        s.streamId(),
        s.year(),
        s.costCentre(),
        s.purpose(),
        s.paymentClass(),
        conditionsOf(s),
        s.reasons(),
        s.awardPublicId(),
        s.awardLineId(),
        s.id(),
        id,
        null,
        transactionKey(reference, run.paymentDate(), s.amount()));
  }

  void setLimit(Actor actor, Commands.Limit c) {
    if (!actor.has(Role.ADMIN)) {
      throw new ConflictException("PAYMENT-LIMIT-2", "Only an administrator sets approval limits");
    }
    Problems problems = new Problems();
    String username = c.username() == null ? "" : c.username().strip();
    if (username.isEmpty()) {
      problems.add("username", "Enter the user's sign-in name");
    } else if (!repository.userExists(username)) {
      problems.add("username", "There is no user " + username);
    }
    Money limit = null;
    if (c.limit() == null || c.limit().isBlank()) {
      problems.add("limit", "Enter the approval limit, like £250,000.00");
    } else {
      limit = problems.money("limit", c.limit());
      if (limit != null && limit.isNegative()) {
        problems.add("limit", "The approval limit cannot be negative");
      }
    }
    problems.throwIfAny("PAYMENT-LIMIT-1");
    Optional<Money> before = repository.limitOf(username);
    repository.setLimit(username, limit, actor.username(), OffsetDateTime.now(clock));
    audit.record(
        "approval-limit.set",
        "approval-limit",
        username,
        before.map(Money::plain).orElse("none") + " -> " + limit.plain());
  }
}
