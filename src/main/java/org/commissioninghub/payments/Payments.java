package org.commissioninghub.payments;

import static org.commissioninghub.payments.PaymentChecks.findOrganisation;
import static org.commissioninghub.payments.PaymentChecks.paymentClass;
import static org.commissioninghub.payments.PaymentChecks.required;
import static org.commissioninghub.payments.PaymentChecks.transactionKey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.PaymentProfile.Planned;
import org.commissioninghub.payments.PaymentRepository.NewPayment;
import org.commissioninghub.payments.PaymentRepository.NewScheduled;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments feature's public API. Rules kept here, whatever the route: never more paid than
 * awarded on an award line; held payments stay out of runs; the person who puts a run together
 * never approves it, and an approver approves only up to their limit; an import is all or nothing
 * and the same transactions imported twice change nothing.
 */
@Service
public class Payments {

  /** The Specified Information Order publishes expenditure over £500. */
  public static final Money SPEND_THRESHOLD = Money.ofPounds(500);

  private final PaymentRepository repository;
  private final Awards awards;
  private final Contracts contracts;
  private final FundingStreams streams;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;
  private final PaymentChecks checks;
  private final PaymentRuns paymentRuns;
  private final FinanceImports financeImports;

  Payments(
      PaymentRepository repository,
      Awards awards,
      Contracts contracts,
      FundingStreams streams,
      Organisations organisations,
      AuditLog audit,
      Clock clock,
      PaymentChecks checks,
      PaymentRuns paymentRuns,
      FinanceImports financeImports) {
    this.repository = repository;
    this.awards = awards;
    this.contracts = contracts;
    this.streams = streams;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
    this.checks = checks;
    this.paymentRuns = paymentRuns;
    this.financeImports = financeImports;
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<PaymentView> list(FinancialYear year, PaymentClass paymentClass, String award) {
    return repository.payments(year, paymentClass, blankToNull(award), null, null);
  }

  @Transactional(readOnly = true)
  public PaymentView get(long id) {
    return repository
        .payment(id)
        .orElseThrow(() -> new NotFoundException("payment", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public List<ScheduledPaymentView> schedules(
      String instrument, ScheduledPaymentView.Status status, FinancialYear year) {
    return repository.scheduled(blankToNull(instrument), status, null, year);
  }

  @Transactional(readOnly = true)
  public ScheduledPaymentView scheduled(long id) {
    return repository
        .scheduled(id)
        .orElseThrow(() -> new NotFoundException("scheduled payment", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public List<PaymentRunView> runs() {
    return paymentRuns.runs();
  }

  @Transactional(readOnly = true)
  public PaymentRunView run(long id) {
    return paymentRuns.run(id);
  }

  @Transactional(readOnly = true)
  public Map<String, Money> approvalLimits() {
    return paymentRuns.approvalLimits();
  }

  @Transactional(readOnly = true)
  public List<ImportView> imports() {
    return repository.imports();
  }

  /**
   * Payments made, by funding-stream id, for the financial year of the line they pay (or, for a
   * payment against no line, of its stream or date).
   */
  @Transactional(readOnly = true)
  public Map<Long, Money> paidByStream(FinancialYear year) {
    return repository.paidByStream(year);
  }

  /** Everything paid against an award's lines. */
  @Transactional(readOnly = true)
  public Money paidFor(String awardPublicId) {
    return repository.paidForAward(awardPublicId);
  }

  /**
   * Every payment strictly over £500, oldest first: expenditure (para 3(g)) and, as the OPCC's own
   * published lists do (seeds/001), crime and disorder reduction grants too, marked as such; the
   * grants are also published with their conditions under para 3(f).
   */
  @Transactional(readOnly = true)
  public List<PaymentView> spendOver500() {
    return repository.paymentsOver(SPEND_THRESHOLD);
  }

  /** Para 3(f): every crime and disorder reduction grant payment, oldest first. */
  @Transactional(readOnly = true)
  public List<PaymentView> crimeReductionGrants() {
    List<PaymentView> grants =
        new ArrayList<>(repository.payments(null, PaymentClass.CDR_GRANT, null, null, null));
    grants.sort(java.util.Comparator.comparing(PaymentView::date).thenComparing(PaymentView::id));
    return grants;
  }

  /**
   * Contracts with their value (the total value, else the annual value, else the sum of the lots)
   * and parties; {@link ContractEntry#overThreshold()} splits the register at £10,000.
   */
  @Transactional(readOnly = true)
  public List<ContractEntry> contractsRegister() {
    List<ContractEntry> entries = new ArrayList<>();
    for (ContractView c : contracts.list()) {
      Money value;
      String basis;
      if (c.totalValue() != null) {
        value = c.totalValue();
        basis = "Total value";
      } else if (c.annualValue() != null) {
        value = c.annualValue();
        basis = "Annual value";
      } else if (c.lotsTotal().isPositive()) {
        value = c.lotsTotal();
        basis = "Sum of the lots";
      } else {
        value = null;
        basis = "Not recorded";
      }
      String parties =
          String.join(
              "; ", c.lots().stream().map(ContractLotView::supplierName).distinct().toList());
      LocalDate end = c.endedOn() != null ? c.endedOn() : c.initialEndDate();
      entries.add(
          new ContractEntry(
              c.publicId(),
              c.title(),
              parties.isEmpty() ? "Not recorded" : parties,
              value,
              basis,
              c.serviceDescription(),
              c.startDate(),
              end));
    }
    return entries;
  }

  // ---------------------------------------------------------------- schedules

  /** Generates one scheduled payment per line per instalment of an award or a contract. */
  @Transactional
  public List<ScheduledPaymentView> schedule(Actor actor, Commands.Schedule c) {
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

  @Transactional
  public ScheduledPaymentView hold(Actor actor, long id, Commands.Hold c) {
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

  @Transactional
  public ScheduledPaymentView release(Actor actor, long id) {
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
  @Transactional
  public List<ScheduledPaymentView> releaseHeldFor(
      String instrumentPublicId, FinancialYear year, int quarter, String releasedBy) {
    return release(repository.heldFor(instrumentPublicId, year, quarter), releasedBy);
  }

  /**
   * The hook for an accepted monitoring return: releases what was held for that return. A payment
   * in arrears (or by instalment) for the same quarter waits for the quarter's own return; a
   * payment in advance for the next quarter waits for this one, as nothing is yet known of the
   * quarter it pays for.
   */
  @Transactional
  public List<ScheduledPaymentView> releaseForAcceptedReturn(
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

  // ---------------------------------------------------------------- recording

  @Transactional
  public PaymentView record(Actor actor, Commands.Record c) {
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
    PaymentView recorded = get(id);
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

  // ---------------------------------------------------------------- runs

  @Transactional
  public PaymentRunView createRun(Actor actor, Commands.Run c) {
    return paymentRuns.createRun(actor, c);
  }

  /**
   * Approves a run: by a finance user or administrator who did not put it together, within their
   * approval limit. The run's payments are then paid on its payment date.
   */
  @Transactional
  public PaymentRunView approveRun(Actor actor, long id) {
    return paymentRuns.approveRun(actor, id);
  }

  @Transactional
  public void setLimit(Actor actor, Commands.Limit c) {
    paymentRuns.setLimit(actor, c);
  }

  // ---------------------------------------------------------------- imports

  /** Reads an uploaded file's columns and first rows, and suggests a column for each field. */
  public ImportPreview preview(String fileName, String content) {
    return financeImports.preview(fileName, content);
  }

  /**
   * Imports actual payments from a finance-system CSV with the columns mapped: every row checked
   * first (nothing is written if any cell is wrong); rows already imported (same finance reference,
   * date and amount) are skipped, so the same file twice changes nothing; a row that matches a due
   * scheduled payment (same payee and amount) marks it paid.
   */
  @Transactional
  public ImportResult importCsv(Actor actor, Commands.Import c) {
    return financeImports.importCsv(actor, c);
  }

  // ---------------------------------------------------------------- helpers

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

  private static String text(String value, int max, String field, String what, Problems problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      problems.add(field, "Enter " + what);
      return null;
    }
    if (v.length() > max) {
      problems.add(field, "Keep " + what + " to " + max + " characters or fewer");
    }
    return v;
  }

  private static String optional(
      String value, int max, String field, String what, Problems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      problems.add(field, what + " must be " + max + " characters or fewer");
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
