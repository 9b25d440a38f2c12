package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.findOrganisation;
import static org.commissioninghub.payments.PaymentChecks.optional;
import static org.commissioninghub.payments.PaymentChecks.paymentClass;
import static org.commissioninghub.payments.PaymentChecks.required;
import static org.commissioninghub.payments.PaymentChecks.text;
import static org.commissioninghub.payments.PaymentChecks.transactionKey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.payments.PaymentRepository.NewPayment;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Component;

/** A payment made outside a run, e.g. by BACS on the day, optionally against an award line. */
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

  PaymentView record(Actor actor, Commands.Record c) {
    Problems problems = new Problems();
    LocalDate date = required(c.date(), "date", "Enter the date of the payment", problems);
    Money amount = null;
    if (c.amount() == null || c.amount().isBlank()) {
      problems.add("amount", "Enter the amount paid, like £1,250.00");
    } else {
      amount = problems.money("amount", c.amount());
      if (amount != null && !amount.isPositive()) {
        problems.add("amount", "The amount must be more than £0.00");
        amount = null;
      }
    }
    String reference = text(c.reference(), 100, "reference", "the payment reference", problems);
    String purpose = text(c.purpose(), 500, "purpose", "what the payment is for", problems);
    PaymentClass paymentClass = paymentClass(c.paymentClass(), null, problems);
    String costCentre = optional(c.costCentre(), 100, "costCentre", "The cost centre", problems);
    String conditions = optional(c.conditions(), 1000, "conditions", "The conditions", problems);
    String reasons = optional(c.reasons(), 1000, "reasons", "The reasons", problems);

    AwardView award = null;
    AwardLineView line = null;
    if (c.award() != null && !c.award().isBlank()) {
      try {
        award = awards.get(c.award().strip());
        line = lineOf(award, c.awardLine(), c.stream(), problems);
      } catch (NotFoundException e) {
        problems.add("award", "There is no award " + c.award());
      }
    }
    Long payeeId = null;
    String payeeName = null;
    String payee = c.payee() == null ? "" : c.payee().strip();
    if (!payee.isEmpty()) {
      OrganisationView org = findOrganisation(payee, checks.organisationIndex());
      payeeId = org == null ? null : org.id();
      payeeName = org == null ? payee : org.name();
      if (payeeName.length() > 300) {
        problems.add("payee", "The payee must be 300 characters or fewer");
      }
    } else if (award != null) {
      payeeId = award.organisationId();
      payeeName = award.organisationName();
    } else {
      problems.add("payee", "Enter who was paid");
    }
    Long streamId = null;
    FinancialYear year = date == null ? null : FinancialYear.containing(date);
    if (line != null) {
      streamId = streams.get(line.streamPublicId()).id();
      year = line.year();
    } else if (award == null && c.stream() != null && !c.stream().isBlank()) {
      FundingStreamView stream = checks.findStream(c.stream(), year);
      if (stream == null) {
        problems.add("stream", "There is no funding stream " + c.stream());
      } else {
        streamId = stream.id();
        year = stream.year();
      }
    }
    problems.throwIfAny("PAYMENT-6");
    String key = transactionKey(reference, date, amount);
    if (repository.transactionExists(key)) {
      problems.add(
          "reference",
          "A payment with reference "
              + reference
              + " on "
              + Dates.format(date)
              + " for "
              + amount.format()
              + " is already recorded");
    }
    if (line != null) {
      checks.checkNotOverpaid(award.publicId(), line, amount, Money.ZERO, "amount", "", problems);
    }
    problems.throwIfAny("PAYMENT-7");
    long id =
        repository.insertPayment(
            new NewPayment(
                date,
                amount,
                payeeId,
                payeeName,
                c.individual(),
                reference,
                streamId,
                year,
                costCentre,
                purpose,
                paymentClass,
                conditions,
                reasons,
                award == null ? null : award.publicId(),
                line == null ? null : line.id(),
                null,
                null,
                null,
                key),
            actor.username(),
            OffsetDateTime.now(clock));
    PaymentView recorded =
        repository
            .payment(id)
            .orElseThrow(() -> new NotFoundException("payment", String.valueOf(id)));
    audit.record(
        "payment.recorded",
        "payment",
        String.valueOf(id),
        date
            + " "
            + amount.plain()
            + " "
            + paymentClass
            + " ref "
            + reference
            + (award == null ? "" : " award " + award.publicId()));
    return recorded;
  }

  private AwardLineView lineOf(
      AwardView award, String lineText, String streamText, Problems problems) {
    if (lineText != null && !lineText.isBlank()) {
      for (AwardLineView l : award.lines()) {
        if (String.valueOf(l.id()).equals(lineText.strip())) {
          return l;
        }
      }
      problems.add("awardLine", "The award " + award.publicId() + " has no line " + lineText);
      return null;
    }
    if (streamText != null && !streamText.isBlank()) {
      List<AwardLineView> matching =
          award.lines().stream()
              .filter(l -> l.streamPublicId().equalsIgnoreCase(streamText.strip()))
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
