package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.optional;
import static org.commissioninghub.payments.PaymentChecks.paymentClass;
import static org.commissioninghub.payments.PaymentChecks.text;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.PaymentProfile.Planned;
import org.commissioninghub.payments.PaymentRepository.NewScheduled;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Component;

/**
 * Scheduled payments: made from an award's or contract's lines by profile, held on a condition and
 * released, alone or when the monitoring return they wait for is accepted.
 */
@Component
class PaymentSchedules {

  private final PaymentRepository repository;
  private final Awards awards;
  private final Contracts contracts;
  private final FundingStreams streams;
  private final AuditLog audit;
  private final Clock clock;
  private final Organisations organisations;

  PaymentSchedules(
      PaymentRepository repository,
      Awards awards,
      Contracts contracts,
      FundingStreams streams,
      AuditLog audit,
      Clock clock,
      Organisations organisations) {
    this.repository = repository;
    this.awards = awards;
    this.contracts = contracts;
    this.streams = streams;
    this.audit = audit;
    this.clock = clock;
    this.organisations = organisations;
  }

  /** Generates one scheduled payment per line per instalment of an award or a contract. */
  List<ScheduledPaymentView> schedule(Actor actor, Commands.Schedule c) {
    Problems problems = new Problems();
    PaymentProfile profile = null;
    if (c.profile() == null || c.profile().isBlank()) {
      problems.add("profile", "Choose how the payments are profiled");
    } else {
      try {
        profile = PaymentProfile.valueOf(c.profile().strip().toUpperCase(Locale.UK));
      } catch (IllegalArgumentException e) {
        problems.add("profile", "There is no payment profile " + c.profile());
      }
    }
    int count = 1;
    if (profile == PaymentProfile.INSTALMENTS) {
      count = instalments(c.instalments(), problems);
    }
    FinancialYear year =
        c.year() == null || c.year().isBlank()
            ? null
            : problems.parse("year", c.year(), FinancialYear::parse);
    PaymentClass paymentClass = paymentClass(c.paymentClass(), PaymentClass.EXPENDITURE, problems);
    String costCentre = optional(c.costCentre(), 100, "costCentre", "The cost centre", problems);
    String conditions = optional(c.conditions(), 1000, "conditions", "The conditions", problems);
    String reasons = optional(c.reasons(), 1000, "reasons", "The reasons", problems);
    String type =
        c.instrumentType() == null ? "" : c.instrumentType().strip().toUpperCase(Locale.UK);
    String instrument = c.instrument() == null ? "" : c.instrument().strip();
    List<Source> sources = new ArrayList<>();
    if (instrument.isEmpty()) {
      problems.add("instrument", "Enter the award or contract to schedule");
    } else if (type.equals("AWARD")) {
      try {
        AwardView award = awards.get(instrument);
        sources.add(new Source(award, award.organisationId(), award.title()));
      } catch (NotFoundException e) {
        problems.add("instrument", "There is no award " + instrument);
      }
    } else if (type.equals("CONTRACT")) {
      try {
        ContractView contract = contracts.get(instrument);
        for (ContractLotView lot : contract.lots()) {
          if (lot.awardPublicId() == null) {
            continue;
          }
          String purpose =
              contract.title() + (contract.lots().size() > 1 ? " (" + lot.lotName() + ")" : "");
          sources.add(
              new Source(
                  awards.get(lot.awardPublicId()),
                  organisations.get(lot.supplierPublicId()).id(),
                  purpose));
        }
      } catch (NotFoundException e) {
        problems.add("instrument", "There is no contract " + instrument);
      }
    } else {
      problems.add("instrumentType", "Choose whether an award or a contract is scheduled");
    }
    problems.throwIfAny("PAYMENT-1");

    List<NewScheduled> planned = new ArrayList<>();
    for (Source source : sources) {
      for (AwardLineView line : source.award().lines()) {
        if (year != null && !line.year().equals(year)) {
          continue;
        }
        Optional<String> under = repository.scheduledUnder(line.id());
        if (under.isPresent()) {
          problems.add(
              "instrument",
              "The "
                  + line.streamName()
                  + " "
                  + line.year()
                  + " line of award "
                  + source.award().publicId()
                  + " is already scheduled under "
                  + under.get().toLowerCase(Locale.UK).replaceFirst(" ", " "));
          continue;
        }
        long streamId = streams.get(line.streamPublicId()).id();
        for (Planned p : profile.plan(line.year(), line.amount(), count)) {
          planned.add(
              new NewScheduled(
                  type,
                  instrument,
                  source.award().publicId(),
                  line.id(),
                  streamId,
                  line.year(),
                  source.payeeId(),
                  paymentClass,
                  source.purpose(),
                  costCentre,
                  conditions,
                  reasons,
                  profile,
                  p));
        }
      }
    }
    if (problems.isEmpty() && planned.isEmpty()) {
      problems.add(
          "instrument",
          (type.equals("AWARD") ? "The award " : "The contract ")
              + instrument
              + " has no award lines"
              + (year == null ? "" : " for " + year)
              + " to schedule"
              + (type.equals("CONTRACT") ? ": link its lots to the awards that fund them" : ""));
    }
    problems.throwIfAny("PAYMENT-2");
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> ids = new ArrayList<>();
    for (NewScheduled s : planned) {
      ids.add(repository.insertScheduled(s, actor.username(), now));
    }
    audit.record(
        "payment-schedule.created",
        type.toLowerCase(Locale.UK),
        instrument,
        profile.label()
            + ", "
            + planned.size()
            + " scheduled payments totalling "
            + planned.stream()
                .map(s -> s.planned().amount())
                .reduce(Money.ZERO, Money::plus)
                .plain());
    return ids.stream().map(this::scheduled).toList();
  }

  private record Source(AwardView award, long payeeId, String purpose) {}

  ScheduledPaymentView hold(Actor actor, long id, Commands.Hold c) {
    ScheduledPaymentView s = scheduled(id);
    Problems problems = new Problems();
    String reason = c.reason() == null ? "" : c.reason().strip();
    if (reason.isEmpty()) {
      problems.add("reason", "Enter why the payment is held");
    } else if (reason.length() > 500) {
      problems.add("reason", "The reason must be 500 characters or fewer");
    }
    String condition = optional(c.condition(), 500, "condition", "The condition", problems);
    problems.throwIfAny("PAYMENT-3");
    if (s.status() != ScheduledPaymentView.Status.DUE) {
      throw new ConflictException(
          "PAYMENT-4",
          "Only a due payment can be held: this one is " + s.status().label().toLowerCase());
    }
    if (!repository.hold(id, reason, condition, actor.username(), OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "PAYMENT-4", "The payment was put in a run, paid or held by someone else just now");
    }
    ScheduledPaymentView after = scheduled(id);
    audit.recordChange("scheduled-payment.held", "scheduled-payment", String.valueOf(id), s, after);
    return after;
  }

  ScheduledPaymentView release(Actor actor, long id) {
    ScheduledPaymentView s = scheduled(id);
    if (s.status() != ScheduledPaymentView.Status.HELD) {
      throw new ConflictException(
          "PAYMENT-5",
          "Only a held payment can be released: this one is " + s.status().label().toLowerCase());
    }
    if (!repository.release(id, actor.username(), OffsetDateTime.now(clock))) {
      throw new ConflictException("PAYMENT-5", "The payment was released by someone else just now");
    }
    ScheduledPaymentView after = scheduled(id);
    audit.recordChange(
        "scheduled-payment.released", "scheduled-payment", String.valueOf(id), s, after);
    return after;
  }

  /**
   * Releases every held payment of an award or contract for one quarter of a financial year, e.g.
   * once that quarter's monitoring return is accepted. Returns the payments released (none if
   * nothing was held).
   */
  List<ScheduledPaymentView> releaseHeldFor(
      String instrumentPublicId, FinancialYear year, int quarter, String releasedBy) {
    return release(repository.heldFor(instrumentPublicId, year, quarter), releasedBy);
  }

  /**
   * The hook for an accepted monitoring return: releases what was held for that return. A payment
   * in arrears (or by instalment) for the same quarter waits for the quarter's own return; a
   * payment in advance for the next quarter waits for this one, as nothing is yet known of the
   * quarter it pays for.
   */
  List<ScheduledPaymentView> releaseForAcceptedReturn(
      String awardPublicId, FinancialYear year, int quarter, String releasedBy) {
    List<ScheduledPaymentView> held = new ArrayList<>();
    repository.heldFor(awardPublicId, year, quarter).stream()
        .filter(s -> s.profile() != PaymentProfile.QUARTERLY_IN_ADVANCE)
        .forEach(held::add);
    FinancialYear nextYear = quarter == 4 ? year.next() : year;
    int nextQuarter = quarter == 4 ? 1 : quarter + 1;
    repository.heldFor(awardPublicId, nextYear, nextQuarter).stream()
        .filter(s -> s.profile() == PaymentProfile.QUARTERLY_IN_ADVANCE)
        .forEach(held::add);
    return release(held, releasedBy);
  }

  private List<ScheduledPaymentView> release(List<ScheduledPaymentView> held, String releasedBy) {
    List<ScheduledPaymentView> released = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ScheduledPaymentView s : held) {
      if (!repository.release(s.id(), releasedBy, now)) {
        continue; // released by someone else meanwhile: theirs is the entry that records it
      }
      ScheduledPaymentView after = scheduled(s.id());
      audit.recordChange(
          "scheduled-payment.released", "scheduled-payment", String.valueOf(s.id()), s, after);
      released.add(after);
    }
    return released;
  }

  private static int instalments(String text, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.add("instalments", "Enter how many instalments, from 1 to 12");
      return 1;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n < 1 || n > PaymentProfile.MAX_INSTALMENTS) {
        problems.add("instalments", "The number of instalments must be from 1 to 12");
        return 1;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add("instalments", "Enter the number of instalments as a whole number, like 4");
      return 1;
    }
  }

  ScheduledPaymentView scheduled(long id) {
    return repository
        .scheduled(id)
        .orElseThrow(() -> new NotFoundException("scheduled payment", String.valueOf(id)));
  }
}
