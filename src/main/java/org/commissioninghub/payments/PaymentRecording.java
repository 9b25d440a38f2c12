package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.findOrganisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.payments.NewPayment.Charge;
import org.commissioninghub.payments.NewPayment.Origin;
import org.commissioninghub.payments.NewPayment.Payee;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Component;

/**
 * A payment made outside a run, e.g. by BACS on the day, optionally against an award line. The
 * command arrives typed ({@link PaymentRequest#toCommand()}); what is checked here needs records:
 * the award and its line, the payee, the stream, a transaction recorded before, what the line has
 * left.
 */
@Component
class PaymentRecording {

  private final PaymentRepository repository;
  private final Awards awards;
  private final FundingStreams streams;
  private final AuditLog audit;
  private final Clock clock;
  private final PaymentChecks checks;

  PaymentRecording(
      PaymentRepository repository,
      Awards awards,
      FundingStreams streams,
      AuditLog audit,
      Clock clock,
      PaymentChecks checks) {
    this.repository = repository;
    this.awards = awards;
    this.streams = streams;
    this.audit = audit;
    this.clock = clock;
    this.checks = checks;
  }

  PaymentView record(Actor actor, PaymentCommand c) {
    Problems problems = new Problems();
    Target target = target(c, problems);
    Payee payee = payee(c, target.award(), problems);
    Charge charge = charge(c, target, problems);
    problems.throwIfAny("PAYMENT-6");
    checkNewAndWithinAward(c.transaction(), target, problems);
    problems.throwIfAny("PAYMENT-7");
    NewPayment payment =
        new NewPayment(c.transaction(), payee, charge, c.disclosure(), Origin.RECORDED);
    long id = repository.insertPayment(payment, actor.username(), OffsetDateTime.now(clock));
    audit(id, payment);
    return repository
        .payment(id)
        .orElseThrow(() -> new NotFoundException("payment", String.valueOf(id)));
  }

  /** The award and line paid, when the command names an award. */
  private record Target(AwardView award, AwardLineView line) {
    static final Target NONE = new Target(null, null);
  }

  private Target target(PaymentCommand c, Problems problems) {
    if (c.award() == null) {
      return Target.NONE;
    }
    try {
      AwardView award = awards.get(c.award());
      return new Target(award, lineOf(award, c.awardLine(), c.stream(), problems));
    } catch (NotFoundException e) {
      problems.add("award", "There is no award " + c.award());
      return Target.NONE;
    }
  }

  /** The payee named, else the award's organisation. */
  private Payee payee(PaymentCommand c, AwardView award, Problems problems) {
    if (c.payee() != null) {
      OrganisationView org = findOrganisation(c.payee(), checks.organisationIndex());
      return org == null
          ? new Payee(null, c.payee(), c.individual())
          : new Payee(org.id(), org.name(), c.individual());
    }
    if (award != null) {
      return new Payee(award.organisationId(), award.organisationName(), c.individual());
    }
    problems.add("payee", "Enter who was paid");
    return null;
  }

  /** The line's stream and year; else the stream named; else the year of the payment's date. */
  private Charge charge(PaymentCommand c, Target target, Problems problems) {
    FinancialYear year = FinancialYear.containing(c.transaction().date());
    if (target.line() != null) {
      AwardLineView line = target.line();
      long streamId = streams.get(line.streamPublicId()).id();
      return Charge.toLine(target.award().publicId(), line.id(), streamId, line.year());
    }
    if (target.award() == null && c.stream() != null) {
      FundingStreamView stream = checks.findStream(c.stream(), year);
      if (stream == null) {
        problems.add("stream", "There is no funding stream " + c.stream());
        return null;
      }
      return Charge.toStream(stream.id(), stream.year());
    }
    return Charge.toStream(null, year);
  }

  private void checkNewAndWithinAward(Transaction t, Target target, Problems problems) {
    if (repository.transactionExists(t.key())) {
      problems.add(
          "reference",
          "A payment with reference "
              + t.reference()
              + " on "
              + Dates.format(t.date())
              + " for "
              + t.amount().format()
              + " is already recorded");
    }
    if (target.line() != null) {
      checks.checkNotOverpaid(
          target.award().publicId(), target.line(), t.amount(), Money.ZERO, "amount", "", problems);
    }
  }

  private void audit(long id, NewPayment p) {
    Transaction t = p.transaction();
    audit.record(
        "payment.recorded",
        "payment",
        String.valueOf(id),
        t.date()
            + " "
            + t.amount().plain()
            + " "
            + p.disclosure().paymentClass()
            + " ref "
            + t.reference()
            + (p.charge().awardPublicId() == null ? "" : " award " + p.charge().awardPublicId()));
  }

  private AwardLineView lineOf(AwardView award, Long lineId, String streamText, Problems problems) {
    if (lineId != null) {
      for (AwardLineView l : award.lines()) {
        if (l.id() == lineId) {
          return l;
        }
      }
      problems.add("awardLine", "The award " + award.publicId() + " has no line " + lineId);
      return null;
    }
    if (streamText != null) {
      List<AwardLineView> matching =
          award.lines().stream()
              .filter(l -> l.streamPublicId().equalsIgnoreCase(streamText))
              .toList();
      if (matching.size() == 1) {
        return matching.get(0);
      }
    }
    if (award.lines().size() == 1) {
      return award.lines().get(0);
    }
    problems.add(
        "awardLine",
        award.lines().isEmpty()
            ? "The award " + award.publicId() + " has no lines to pay"
            : "Choose which line of the award " + award.publicId() + " this pays");
    return null;
  }
}
