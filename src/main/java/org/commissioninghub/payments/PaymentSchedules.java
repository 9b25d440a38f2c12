package org.commissioninghub.payments;

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
  List<ScheduledPaymentView> schedule(Actor actor, ScheduleCommand c) {
    Problems problems = new Problems();
    List<Source> sources = sources(c, problems);
    problems.throwIfAny("PAYMENT-1");
    List<NewScheduled> planned = plan(c, sources, problems);
    if (problems.isEmpty() && planned.isEmpty()) {
      problems.add("instrument", nothingToSchedule(c));
    }
    problems.throwIfAny("PAYMENT-2");
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> ids = new ArrayList<>();
    for (NewScheduled s : planned) {
      ids.add(repository.insertScheduled(s, actor.username(), now));
    }
    audit.record(
        "payment-schedule.created",
        c.instrumentType().name().toLowerCase(Locale.UK),
        c.instrument(),
        c.profile().label()
            + ", "
            + planned.size()
            + " scheduled payments totalling "
            + planned.stream()
                .map(s -> s.planned().amount())
                .reduce(Money.ZERO, Money::plus)
                .plain());
    return ids.stream().map(this::scheduled).toList();
  }

  /** An award and who its scheduled payments go to, for what. */
  private record Source(AwardView award, long payeeId, String purpose) {}

  /** The award itself, or each of the contract's lots that an award funds. */
  private List<Source> sources(ScheduleCommand c, Problems problems) {
    String instrument = c.instrument();
    List<Source> sources = new ArrayList<>();
    try {
      if (c.instrumentType() == ScheduleCommand.InstrumentType.AWARD) {
        AwardView award = awards.get(instrument);
        sources.add(new Source(award, award.organisationId(), award.title()));
        return sources;
      }
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
      problems.add(
          "instrument",
          (c.instrumentType() == ScheduleCommand.InstrumentType.AWARD
                  ? "There is no award "
                  : "There is no contract ")
              + instrument);
    }
    return sources;
  }

  /** Each line's instalments; a line already scheduled (under any instrument) is refused. */
  private List<NewScheduled> plan(ScheduleCommand c, List<Source> sources, Problems problems) {
    List<NewScheduled> planned = new ArrayList<>();
    for (Source source : sources) {
      for (AwardLineView line : source.award().lines()) {
        if (c.year() != null && !line.year().equals(c.year())) {
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
                  + under.get().toLowerCase(Locale.UK));
          continue;
        }
        long streamId = streams.get(line.streamPublicId()).id();
        for (Planned p : c.profile().plan(line.year(), line.amount(), c.instalments())) {
          planned.add(
              new NewScheduled(
                  c.instrumentType().name(),
                  c.instrument(),
                  source.award().publicId(),
                  line.id(),
                  streamId,
                  line.year(),
                  source.payeeId(),
                  c.paymentClass(),
                  source.purpose(),
                  c.costCentre(),
                  c.conditions(),
                  c.reasons(),
                  c.profile(),
                  p));
        }
      }
    }
    return planned;
  }

  private static String nothingToSchedule(ScheduleCommand c) {
    boolean award = c.instrumentType() == ScheduleCommand.InstrumentType.AWARD;
    return (award ? "The award " : "The contract ")
        + c.instrument()
        + " has no award lines"
        + (c.year() == null ? "" : " for " + c.year())
        + " to schedule"
        + (award ? "" : ": link its lots to the awards that fund them");
  }

  ScheduledPaymentView hold(Actor actor, long id, HoldCommand c) {
    ScheduledPaymentView s = scheduled(id);
    if (!s.status().canMoveTo(ScheduledPaymentView.Status.HELD)) {
      throw new ConflictException(
          "PAYMENT-4",
          "Only a due payment can be held: this one is " + s.status().label().toLowerCase());
    }
    if (!repository.hold(
        id, s.status(), c.reason(), c.condition(), actor.username(), OffsetDateTime.now(clock))) {
      throw new ConflictException(
          "PAYMENT-4", "The payment was put in a run, paid or held by someone else just now");
    }
    ScheduledPaymentView after = scheduled(id);
    audit.recordChange("scheduled-payment.held", "scheduled-payment", String.valueOf(id), s, after);
    return after;
  }

  ScheduledPaymentView release(Actor actor, long id) {
    ScheduledPaymentView s = scheduled(id);
    if (!s.status().canMoveTo(ScheduledPaymentView.Status.DUE)) {
      throw new ConflictException(
          "PAYMENT-5",
          "Only a held payment can be released: this one is " + s.status().label().toLowerCase());
    }
    if (!repository.release(id, s.status(), actor.username(), OffsetDateTime.now(clock))) {
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
      if (!repository.release(s.id(), s.status(), releasedBy, now)) {
        continue; // released by someone else meanwhile: theirs is the entry that records it
      }
      ScheduledPaymentView after = scheduled(s.id());
      audit.recordChange(
          "scheduled-payment.released", "scheduled-payment", String.valueOf(s.id()), s, after);
      released.add(after);
    }
    return released;
  }

  ScheduledPaymentView scheduled(long id) {
    return repository
        .scheduled(id)
        .orElseThrow(() -> new NotFoundException("scheduled payment", String.valueOf(id)));
  }
}
