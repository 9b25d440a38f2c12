package org.commissioninghub.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.CsvReader.Row;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
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

  static final List<String> IMPORT_FIELDS =
      List.of(
          "date",
          "payee",
          "amount",
          "reference",
          "purpose",
          "costCentre",
          "stream",
          "paymentClass",
          "individual",
          "reasons");
  static final Set<String> REQUIRED_IMPORT_FIELDS =
      Set.of("date", "payee", "amount", "reference", "purpose");

  private final PaymentRepository repository;
  private final Awards awards;
  private final Contracts contracts;
  private final FundingStreams streams;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;

  Payments(
      PaymentRepository repository,
      Awards awards,
      Contracts contracts,
      FundingStreams streams,
      Organisations organisations,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.awards = awards;
    this.contracts = contracts;
    this.streams = streams;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
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
    return repository.runs();
  }

  @Transactional(readOnly = true)
  public PaymentRunView run(long id) {
    return repository
        .run(id)
        .orElseThrow(() -> new NotFoundException("payment run", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public Map<String, Money> approvalLimits() {
    return repository.limits();
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
    repository.hold(id, reason, condition, actor.username(), OffsetDateTime.now(clock));
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
    repository.release(id, actor.username(), OffsetDateTime.now(clock));
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
    List<ScheduledPaymentView> released = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ScheduledPaymentView s : repository.heldFor(instrumentPublicId, year, quarter)) {
      repository.release(s.id(), releasedBy, now);
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
      OrganisationView org = findOrganisation(payee, organisationIndex());
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
      FundingStreamView stream = findStream(c.stream(), year);
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
      checkNotOverpaid(award.publicId(), line, amount, Money.ZERO, "amount", "", problems);
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

  /** Refuses a payment that would take an award line's payments above the amount awarded. */
  private void checkNotOverpaid(
      String awardPublicId,
      AwardLineView line,
      Money adding,
      Money alsoAdding,
      String field,
      String prefix,
      Problems problems) {
    Money already = repository.paidOnLine(line.id()).plus(alsoAdding);
    Money after = already.plus(adding);
    if (after.isGreaterThan(line.amount())) {
      problems.add(
          field,
          prefix
              + "paying "
              + adding.format()
              + " would bring the payments on the "
              + line.streamName()
              + " "
              + line.year()
              + " line of award "
              + awardPublicId
              + " to "
              + after.format()
              + ", more than the "
              + line.amount().format()
              + " awarded ("
              + already.format()
              + " already paid, "
              + line.amount().minus(already).format()
              + " left)");
    }
  }

  private AwardLineView line(String awardPublicId, long lineId) {
    try {
      return awards.get(awardPublicId).lines().stream()
          .filter(l -> l.id() == lineId)
          .findFirst()
          .orElse(null);
    } catch (NotFoundException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- runs

  @Transactional
  public PaymentRunView createRun(Actor actor, Commands.Run c) {
    Problems problems = new Problems();
    LocalDate paymentDate =
        required(c.paymentDate(), "paymentDate", "Enter the date the run pays on", problems);
    LocalDate dueBy = Dates.parseOptional(problems, "dueBy", c.dueBy());
    problems.throwIfAny("PAYMENT-RUN-1");
    List<ScheduledPaymentView> chosen = new ArrayList<>();
    if (c.scheduled() != null && !c.scheduled().isEmpty()) {
      for (Long id : new java.util.LinkedHashSet<>(c.scheduled())) {
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
    } else {
      LocalDate limit = dueBy == null ? paymentDate : dueBy;
      chosen.addAll(
          repository.scheduled(null, ScheduledPaymentView.Status.DUE, null, null).stream()
              .filter(s -> !s.due().isAfter(limit))
              .toList());
      if (chosen.isEmpty()) {
        problems.add("dueBy", "No payments are due by " + Dates.format(limit));
      }
    }
    problems.throwIfAny("PAYMENT-RUN-2");
    Money total = chosen.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);
    long runId =
        repository.insertRun(paymentDate, total, actor.username(), OffsetDateTime.now(clock));
    chosen.forEach(s -> repository.putInRun(s.id(), runId));
    audit.record(
        "payment-run.created",
        "payment-run",
        String.valueOf(runId),
        chosen.size() + " payments totalling " + total.plain() + " to pay on " + paymentDate);
    return run(runId);
  }

  /**
   * Approves a run: by a finance user or administrator who did not put it together, within their
   * approval limit. The run's payments are then paid on its payment date.
   */
  @Transactional
  public PaymentRunView approveRun(Actor actor, long id) {
    PaymentRunView run = run(id);
    if (run.status() != PaymentRunView.Status.AWAITING_APPROVAL) {
      throw new ConflictException(
          "PAYMENT-RUN-3", "Payment run " + id + " is already approved, by " + run.approvedBy());
    }
    if (!actor.has("FINANCE") && !actor.has("ADMIN")) {
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
    Problems problems = new Problems();
    Map<Long, Money> inThisRun = new HashMap<>();
    for (ScheduledPaymentView s : run.payments()) {
      AwardLineView line = line(s.awardPublicId(), s.awardLineId());
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
      checkNotOverpaid(
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
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (ScheduledPaymentView s : run.payments()) {
      String reference = "RUN-" + id + "-" + s.id();
      repository.insertPayment(
          new NewPayment(
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
              transactionKey(reference, run.paymentDate(), s.amount())),
          actor.username(),
          now);
      repository.markPaid(s.id());
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

  /** A grant's conditions, with the condition it was held on, if any. */
  private static String conditionsOf(ScheduledPaymentView s) {
    if (s.holdCondition() == null) {
      return s.conditions();
    }
    String held = "Paid once " + s.holdCondition();
    return s.conditions() == null ? held : s.conditions() + ". " + held;
  }

  @Transactional
  public void setLimit(Actor actor, Commands.Limit c) {
    if (!actor.has("ADMIN")) {
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

  // ---------------------------------------------------------------- imports

  /** Reads an uploaded file's columns and first rows, and suggests a column for each field. */
  public ImportPreview preview(String fileName, String content) {
    String name = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
    if (content == null || content.isBlank()) {
      throw InvalidInputException.of("PAYMENT-IMPORT-1", "file", "Choose a CSV file to upload");
    }
    List<Row> rows = CsvReader.parse(name, content, List.of());
    if (rows.isEmpty()) {
      throw InvalidInputException.of(
          "PAYMENT-IMPORT-1", "file", name + " has no payments under its header row");
    }
    List<String> columns = List.copyOf(rows.get(0).cells().keySet());
    List<List<String>> first =
        rows.stream()
            .limit(5)
            .map(r -> columns.stream().map(col -> r.cells().get(col)).toList())
            .toList();
    return new ImportPreview(name, content, columns, first, rows.size(), suggest(columns));
  }

  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "date", List.of("date", "payment date", "transaction date", "paid on"),
          "payee", List.of("payee", "supplier", "supplier name", "vendor", "recipient"),
          "amount", List.of("amount", "net amount", "value", "amount paid", "gross amount"),
          "reference",
              List.of(
                  "reference",
                  "ref",
                  "transaction reference",
                  "transaction ref",
                  "transaction",
                  "payment ref"),
          "purpose", List.of("purpose", "description", "narrative", "details"),
          "costCentre",
              List.of("cost centre", "cost center", "category", "expense type", "service area"),
          "stream", List.of("funding stream", "stream", "fund"),
          "paymentClass", List.of("class", "payment class", "type"),
          "individual", List.of("individual", "is individual"),
          "reasons",
              List.of("reasons", "reason", "value for money", "vfm", "vfm reason", "rationale"));

  static Map<String, String> suggest(List<String> columns) {
    Map<String, String> suggested = new LinkedHashMap<>();
    for (String field : IMPORT_FIELDS) {
      for (String column : columns) {
        String normal = column.strip().toLowerCase(Locale.UK).replace('_', ' ');
        if (SYNONYMS.get(field).contains(normal)) {
          suggested.put(field, column);
          break;
        }
      }
    }
    return suggested;
  }

  /**
   * Imports actual payments from a finance-system CSV with the columns mapped: every row checked
   * first (nothing is written if any cell is wrong); rows already imported (same finance reference,
   * date and amount) are skipped, so the same file twice changes nothing; a row that matches a due
   * scheduled payment (same payee and amount) marks it paid.
   */
  @Transactional
  public ImportResult importCsv(Actor actor, Commands.Import c) {
    Problems problems = new Problems();
    String name =
        c.fileName() == null || c.fileName().isBlank() ? "upload.csv" : c.fileName().strip();
    if (c.content() == null || c.content().isBlank()) {
      problems.add("file", "Choose a CSV file to upload");
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    if (c.mapping() != null) {
      c.mapping()
          .forEach(
              (k, v) -> {
                if (v != null && !v.isBlank()) {
                  mapping.put(k, v.strip());
                }
              });
    }
    for (String field : mapping.keySet()) {
      if (!IMPORT_FIELDS.contains(field)) {
        problems.add("mapping", "There is no field " + field + " to map a column to");
      }
    }
    for (String field : IMPORT_FIELDS) {
      if (REQUIRED_IMPORT_FIELDS.contains(field) && !mapping.containsKey(field)) {
        problems.add("mapping." + field, "Choose the column that holds the " + label(field));
      }
    }
    PaymentClass defaultClass = paymentClass(c.paymentClass(), PaymentClass.EXPENDITURE, problems);
    problems.throwIfAny("PAYMENT-IMPORT-1");

    String sha256 = sha256(c.content());
    if (repository.importByHash(sha256).isPresent()) {
      int rows = CsvReader.parse(name, c.content(), List.of()).size();
      return new ImportResult(null, name, rows, 0, 0, rows, true);
    }
    List<Row> rows =
        CsvReader.parse(name, c.content(), List.copyOf(new HashSet<>(mapping.values())));
    Map<String, OrganisationView> index = organisationIndex();
    List<ImportRow> checked = new ArrayList<>();
    for (Row row : rows) {
      ImportRow r = checkRow(row, mapping, defaultClass, index, problems);
      if (r != null) {
        checked.add(r);
      }
    }
    problems.throwIfAny("PAYMENT-IMPORT-2");

    Set<String> seen = new HashSet<>();
    Set<Long> claimed = new HashSet<>();
    Map<Long, Money> addingByLine = new HashMap<>();
    List<ImportRow> fresh = new ArrayList<>();
    int already = 0;
    for (ImportRow r : checked) {
      if (!seen.add(r.key()) || repository.transactionExists(r.key())) {
        already++;
        continue;
      }
      ScheduledPaymentView match = null;
      if (r.payee() != null) {
        for (ScheduledPaymentView s : repository.dueMatching(r.payee().id(), r.amount())) {
          if (!claimed.contains(s.id())
              && (r.stream() == null || r.stream().id() == s.streamId())) {
            match = s;
            break;
          }
        }
      }
      if (match != null) {
        claimed.add(match.id());
        AwardLineView line = line(match.awardPublicId(), match.awardLineId());
        if (line != null) {
          Money before = addingByLine.getOrDefault(line.id(), Money.ZERO);
          checkNotOverpaid(
              match.awardPublicId(),
              line,
              r.amount(),
              before,
              "file",
              "row " + r.line() + ", column " + mapping.get("amount") + ": ",
              problems);
          addingByLine.put(line.id(), before.plus(r.amount()));
        }
      }
      fresh.add(r.matched(match));
    }
    problems.throwIfAny("PAYMENT-IMPORT-3");
    if (fresh.isEmpty()) {
      return new ImportResult(null, name, rows.size(), 0, 0, already, false);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long importId = repository.insertImport(name, sha256, rows.size(), actor.username(), now);
    int matched = 0;
    for (ImportRow r : fresh) {
      ScheduledPaymentView s = r.scheduled();
      repository.insertPayment(
          new NewPayment(
              r.date(),
              r.amount(),
              r.payee() == null ? null : r.payee().id(),
              r.payee() == null ? r.payeeText() : r.payee().name(),
              r.individual(),
              r.reference(),
              s != null ? Long.valueOf(s.streamId()) : r.stream() == null ? null : r.stream().id(),
              s != null
                  ? s.year()
                  : r.stream() != null ? r.stream().year() : FinancialYear.containing(r.date()),
              r.costCentre(),
              r.purpose(),
              s != null ? s.paymentClass() : r.paymentClass(),
              s == null ? null : conditionsOf(s),
              s != null && s.reasons() != null ? s.reasons() : r.reasons(),
              s == null ? null : s.awardPublicId(),
              s == null ? null : s.awardLineId(),
              s == null ? null : s.id(),
              null,
              importId,
              r.key()),
          actor.username(),
          now);
      if (s != null) {
        repository.markPaid(s.id());
        matched++;
      }
    }
    repository.finishImport(importId, fresh.size(), matched);
    audit.record(
        "payment-import.imported",
        "payment-import",
        String.valueOf(importId),
        name
            + ": "
            + rows.size()
            + " rows, "
            + fresh.size()
            + " payments added, "
            + matched
            + " scheduled payments marked paid, "
            + already
            + " already imported");
    return new ImportResult(importId, name, rows.size(), fresh.size(), matched, already, false);
  }

  private record ImportRow(
      int line,
      LocalDate date,
      Money amount,
      OrganisationView payee,
      String payeeText,
      boolean individual,
      String reference,
      String purpose,
      String costCentre,
      String reasons,
      FundingStreamView stream,
      PaymentClass paymentClass,
      String key,
      ScheduledPaymentView scheduled) {

    ImportRow matched(ScheduledPaymentView s) {
      return new ImportRow(
          line,
          date,
          amount,
          payee,
          payeeText,
          individual,
          reference,
          purpose,
          costCentre,
          reasons,
          stream,
          paymentClass,
          key,
          s);
    }
  }

  private ImportRow checkRow(
      Row row,
      Map<String, String> mapping,
      PaymentClass defaultClass,
      Map<String, OrganisationView> index,
      Problems problems) {
    int before = problems.list().size();
    String where = "row " + row.line() + ", column ";
    LocalDate date = null;
    String dateText = cell(row, mapping, "date");
    if (dateText == null) {
      problems.add("file", where + mapping.get("date") + ": enter the date of the payment");
    } else {
      try {
        date = Dates.parse(dateText);
      } catch (IllegalArgumentException e) {
        problems.add("file", where + mapping.get("date") + ": " + e.getMessage());
      }
    }
    Money amount = null;
    String amountText = cell(row, mapping, "amount");
    if (amountText == null) {
      problems.add("file", where + mapping.get("amount") + ": enter the amount paid");
    } else {
      try {
        amount = Money.parse(amountText);
        if (!amount.isPositive()) {
          problems.add(
              "file",
              where
                  + mapping.get("amount")
                  + ": "
                  + amount.format()
                  + " is not a payment; only amounts over £0.00 are imported");
          amount = null;
        }
      } catch (IllegalArgumentException e) {
        problems.add("file", where + mapping.get("amount") + ": " + e.getMessage());
      }
    }
    String payeeText = cell(row, mapping, "payee");
    if (payeeText == null) {
      problems.add("file", where + mapping.get("payee") + ": enter who was paid");
    } else if (payeeText.length() > 300) {
      problems.add("file", where + mapping.get("payee") + ": must be 300 characters or fewer");
    }
    String reference = cell(row, mapping, "reference");
    if (reference == null) {
      problems.add(
          "file",
          where
              + mapping.get("reference")
              + ": enter the finance system's reference for the payment");
    } else if (reference.length() > 100) {
      problems.add("file", where + mapping.get("reference") + ": must be 100 characters or fewer");
    }
    String purpose = cell(row, mapping, "purpose");
    if (purpose == null) {
      problems.add("file", where + mapping.get("purpose") + ": enter what the payment is for");
    } else if (purpose.length() > 500) {
      problems.add("file", where + mapping.get("purpose") + ": must be 500 characters or fewer");
    }
    String costCentre = cell(row, mapping, "costCentre");
    String reasons = cell(row, mapping, "reasons");
    if (reasons != null && reasons.length() > 1000) {
      problems.add("file", where + mapping.get("reasons") + ": must be 1000 characters or fewer");
    }
    if (costCentre != null && costCentre.length() > 100) {
      problems.add("file", where + mapping.get("costCentre") + ": must be 100 characters or fewer");
    }
    FundingStreamView stream = null;
    String streamText = cell(row, mapping, "stream");
    if (streamText != null) {
      stream = findStream(streamText, date == null ? null : FinancialYear.containing(date));
      if (stream == null) {
        problems.add(
            "file",
            where + mapping.get("stream") + ": there is no funding stream \"" + streamText + "\"");
      }
    }
    PaymentClass paymentClass = defaultClass;
    String classText = cell(row, mapping, "paymentClass");
    if (classText != null) {
      paymentClass = PaymentClass.read(classText);
      if (paymentClass == null) {
        problems.add(
            "file",
            where
                + mapping.get("paymentClass")
                + ": \""
                + classText
                + "\" is not a class of payment: write CDR_GRANT or EXPENDITURE");
      }
    }
    boolean individual = false;
    String individualText = cell(row, mapping, "individual");
    if (individualText != null) {
      String t = individualText.toLowerCase(Locale.UK);
      if (Set.of("yes", "y", "true", "1").contains(t)) {
        individual = true;
      } else if (!Set.of("no", "n", "false", "0").contains(t)) {
        problems.add(
            "file",
            where
                + mapping.get("individual")
                + ": write Yes or No, not \""
                + individualText
                + "\"");
      }
    }
    if (problems.list().size() > before) {
      return null;
    }
    OrganisationView payee = findOrganisation(payeeText, index);
    return new ImportRow(
        row.line(),
        date,
        amount,
        payee,
        payeeText,
        individual,
        reference,
        purpose,
        costCentre,
        reasons,
        stream,
        paymentClass,
        transactionKey(reference, date, amount),
        null);
  }

  private static String cell(Row row, Map<String, String> mapping, String field) {
    String column = mapping.get(field);
    return column == null ? null : row.get(column);
  }

  static String label(String field) {
    return switch (field) {
      case "costCentre" -> "cost centre";
      case "stream" -> "funding stream";
      case "paymentClass" -> "class of payment";
      case "individual" -> "individual flag";
      case "reasons" -> "reasons (value for money, or why a grant reduces crime)";
      default -> field;
    };
  }

  // ---------------------------------------------------------------- helpers

  /** Organisations by public id, lower-case name and lower-case alias. */
  private Map<String, OrganisationView> organisationIndex() {
    Map<String, OrganisationView> index = new HashMap<>();
    for (OrganisationView o : organisations.list()) {
      index.putIfAbsent(o.name().toLowerCase(Locale.UK), o);
      o.aliases().forEach(a -> index.putIfAbsent(a.toLowerCase(Locale.UK), o));
    }
    for (OrganisationView o : organisations.list()) {
      index.put("id:" + o.publicId(), o);
    }
    return index;
  }

  private static OrganisationView findOrganisation(
      String text, Map<String, OrganisationView> index) {
    if (text == null) {
      return null;
    }
    OrganisationView byId = index.get("id:" + text.strip());
    return byId != null ? byId : index.get(text.strip().toLowerCase(Locale.UK));
  }

  private FundingStreamView findStream(String text, FinancialYear year) {
    String t = text.strip();
    try {
      return streams.get(t);
    } catch (NotFoundException e) {
      if (year == null) {
        return null;
      }
      for (FundingStreamView s : streams.streams(year)) {
        if (s.name().equalsIgnoreCase(t)
            || (s.shortName() != null && s.shortName().equalsIgnoreCase(t))) {
          return s;
        }
      }
      return null;
    }
  }

  static String transactionKey(String reference, LocalDate date, Money amount) {
    return reference.strip() + "|" + date + "|" + amount.pence();
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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

  private static PaymentClass paymentClass(String text, PaymentClass fallback, Problems problems) {
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        problems.add(
            "paymentClass",
            "Choose whether this is a crime and disorder reduction grant or expenditure");
      }
      return fallback;
    }
    PaymentClass read = PaymentClass.read(text);
    if (read == null) {
      problems.add(
          "paymentClass",
          "\"" + text + "\" is not a class of payment: choose CDR_GRANT or EXPENDITURE");
    }
    return read;
  }

  private static LocalDate required(String text, String field, String message, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.add(field, message);
      return null;
    }
    return problems.parse(field, text, Dates::parse);
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
