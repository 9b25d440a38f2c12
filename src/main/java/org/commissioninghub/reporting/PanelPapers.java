package org.commissioninghub.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.ContractView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.monitoring.AggregateScope;
import org.commissioninghub.monitoring.GroupFigures;
import org.commissioninghub.monitoring.MetricDefinition;
import org.commissioninghub.monitoring.MonitoringAggregates;
import org.commissioninghub.monitoring.MonitoringReturnView;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.monitoring.ReturnStatus;
import org.commissioninghub.monitoring.YearAggregates;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.PaymentView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.reporting.PanelPaperRepository.ItemRow;
import org.commissioninghub.reporting.PanelPaperRepository.PaperRow;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Papers to the Police and Crime Panel on published expenditure over £500 (seeds/001). An officer
 * chooses payments from those published (strictly over £500) and says who selected each; the paper
 * reads the rest from the records each time it is shown: the payee as published (an individual is
 * never named), date and amount from the payment; the fund or programme and purpose from the award
 * it paid, or the contract it was paid under; outputs from that award's or contract's accepted
 * monitoring returns for the year; and what the officer wrote of its outcomes.
 */
@Service
public class PanelPapers {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 4000;

  private final PanelPaperRepository repository;
  private final Payments payments;
  private final Awards awards;
  private final Contracts contracts;
  private final Organisations organisations;
  private final MonitoringReturns returns;
  private final MonitoringAggregates aggregates;
  private final AuditLog audit;
  private final Clock clock;

  PanelPapers(
      PanelPaperRepository repository,
      Payments payments,
      Awards awards,
      Contracts contracts,
      Organisations organisations,
      MonitoringReturns returns,
      MonitoringAggregates aggregates,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.payments = payments;
    this.awards = awards;
    this.contracts = contracts;
    this.organisations = organisations;
    this.returns = returns;
    this.aggregates = aggregates;
    this.audit = audit;
    this.clock = clock;
  }

  /** A paper's title, meeting date and introduction, as typed. */
  public record Details(String title, String meetingDate, String introduction) {}

  /**
   * A payment chosen for a paper, as typed: the payment's number, who selected it (PANEL_OFFICERS
   * or OPCC), the contract it was paid under when its record does not say, and its outcomes.
   */
  public record Choice(String payment, String selectedBy, String contract, String outcome) {}

  /** A paper's details as stored, as the audit trail compares them before and after a change. */
  public record StoredDetails(String title, LocalDate meetingDate, String introduction) {
    static StoredDetails of(PaperRow row) {
      return new StoredDetails(row.title(), row.meetingDate(), row.introduction());
    }
  }

  /** A chosen payment as stored, as the audit trail compares it before and after a change. */
  public record StoredChoice(
      long payment, PanelSelector selectedBy, String contract, String outcome) {
    static StoredChoice of(ItemRow row) {
      return new StoredChoice(
          row.paymentId(), row.selectedBy(), row.contractPublicId(), row.outcome());
    }
  }

  /** A paper in the list. */
  public record Summary(long id, String title, LocalDate meetingDate, int items) {}

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<Summary> list() {
    return repository.papers().stream()
        .map(p -> new Summary(p.id(), p.title(), p.meetingDate(), p.items()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PanelPaper get(long id) {
    PaperRow row = paperRow(id);
    Map<FinancialYear, YearAggregates> years = new HashMap<>();
    List<PanelPaper.Item> items = new ArrayList<>();
    for (ItemRow item : repository.items(id)) {
      items.add(item(item, years));
    }
    items.sort(
        Comparator.comparing(PanelPaper.Item::date).thenComparing(PanelPaper.Item::paymentId));
    return new PanelPaper(
        row.id(),
        row.title(),
        row.meetingDate(),
        row.introduction(),
        List.copyOf(items),
        row.createdBy(),
        row.updatedBy(),
        row.version());
  }

  /** The published payments (over £500) not yet in the paper, oldest first. */
  @Transactional(readOnly = true)
  public List<PaymentView> choosable(long id) {
    paperRow(id);
    Set<Long> chosen = new HashSet<>();
    repository.items(id).forEach(i -> chosen.add(i.paymentId()));
    return payments.spendOver500().stream().filter(p -> !chosen.contains(p.id())).toList();
  }

  // ---------------------------------------------------------------- changing

  @Transactional
  public long create(String by, Details details) {
    Problems problems = new Problems();
    Checked d = check(details, problems);
    problems.throwIfAny("PANEL-1");
    long id = repository.insertPaper(d.title(), d.meetingDate(), d.introduction(), by, now());
    audit.record(
        "panel-paper.created",
        "panel-paper",
        String.valueOf(id),
        "\""
            + d.title()
            + "\""
            + (d.meetingDate() == null ? "" : " for the meeting on " + d.meetingDate()));
    return id;
  }

  @Transactional
  public PanelPaper update(String by, long id, int version, Details details) {
    PaperRow before = paperRow(id);
    Problems problems = new Problems();
    Checked d = check(details, problems);
    problems.throwIfAny("PANEL-1");
    if (!repository.updatePaper(
        id, version, d.title(), d.meetingDate(), d.introduction(), by, now())) {
      throw changedMeanwhile(before);
    }
    audit.recordChange(
        "panel-paper.changed",
        "panel-paper",
        String.valueOf(id),
        StoredDetails.of(before),
        StoredDetails.of(paperRow(id)));
    return get(id);
  }

  /** Adds a published payment to the paper; refused, with nothing changed, on any problem. */
  @Transactional
  public PanelPaper add(String by, long id, int version, Choice choice) {
    PaperRow paper = paperRow(id);
    Problems problems = new Problems();
    PaymentView payment = payment(choice.payment(), problems);
    if (payment != null
        && repository.items(id).stream().anyMatch(i -> i.paymentId() == payment.id())) {
      problems.add("payment", "Payment " + payment.id() + " is already in this paper");
    }
    PanelSelector selector = selector(choice.selectedBy(), problems);
    String contract = contract(choice.contract(), payment, problems);
    String outcome = optional(choice.outcome(), "outcome", "The outcomes", problems);
    problems.throwIfAny("PANEL-2");
    if (!repository.touch(id, version, by, now())) {
      throw changedMeanwhile(paper);
    }
    repository.insertItem(id, payment.id(), selector, contract, outcome, by, now());
    audit.record(
        "panel-paper.payment-added",
        "panel-paper",
        String.valueOf(id),
        "payment "
            + payment.id()
            + " ("
            + payment.date()
            + ", "
            + payment.amount().plain()
            + " to "
            + payment.publishedPayee()
            + ") selected by "
            + selector.label()
            + (contract == null ? "" : ", under contract " + contract));
    return get(id);
  }

  /** Changes who selected a chosen payment, the contract named for it, or its outcomes. */
  @Transactional
  public PanelPaper change(String by, long id, long itemId, int version, Choice choice) {
    PaperRow paper = paperRow(id);
    ItemRow before = itemRow(id, itemId);
    Problems problems = new Problems();
    PanelSelector selector = selector(choice.selectedBy(), problems);
    String contract = contract(choice.contract(), payments.get(before.paymentId()), problems);
    String outcome = optional(choice.outcome(), "outcome", "The outcomes", problems);
    problems.throwIfAny("PANEL-2");
    if (!repository.touch(id, version, by, now())) {
      throw changedMeanwhile(paper);
    }
    repository.updateItem(itemId, selector, contract, outcome);
    audit.recordChange(
        "panel-paper.payment-changed",
        "panel-paper",
        String.valueOf(id),
        StoredChoice.of(before),
        StoredChoice.of(itemRow(id, itemId)));
    return get(id);
  }

  @Transactional
  public PanelPaper remove(String by, long id, long itemId, int version) {
    PaperRow paper = paperRow(id);
    ItemRow item = itemRow(id, itemId);
    if (!repository.touch(id, version, by, now())) {
      throw changedMeanwhile(paper);
    }
    repository.deleteItem(itemId);
    audit.record(
        "panel-paper.payment-removed",
        "panel-paper",
        String.valueOf(id),
        "payment " + item.paymentId() + " (selected by " + item.selectedBy().label() + ")");
    return get(id);
  }

  // ---------------------------------------------------------------- checks

  private record Checked(String title, LocalDate meetingDate, String introduction) {}

  private static Checked check(Details d, Problems problems) {
    String title = d.title() == null ? "" : d.title().strip();
    if (title.isEmpty()) {
      problems.add("title", "Enter the paper's title, like Published expenditure over £500");
    } else if (title.length() > TITLE_MAX) {
      problems.add("title", "The title must be " + TITLE_MAX + " characters or fewer");
    }
    LocalDate meeting = Dates.parseOptional(problems, "meetingDate", d.meetingDate());
    String introduction = optional(d.introduction(), "introduction", "The introduction", problems);
    return new Checked(title, meeting, introduction);
  }

  private PaymentView payment(String text, Problems problems) {
    String number = text == null ? "" : text.strip();
    if (number.isEmpty()) {
      problems.add("payment", "Choose a published payment over £500");
      return null;
    }
    PaymentView payment;
    try {
      payment = payments.get(Long.parseLong(number));
    } catch (NumberFormatException | NotFoundException e) {
      problems.add("payment", "There is no payment " + number);
      return null;
    }
    if (!payment.amount().isGreaterThan(Payments.SPEND_THRESHOLD)) {
      problems.add(
          "payment",
          "Payment "
              + payment.id()
              + " is "
              + payment.amount().format()
              + ": only payments over £500 are published, so only those can be in the paper");
      return null;
    }
    return payment;
  }

  private static PanelSelector selector(String text, Problems problems) {
    PanelSelector selector = PanelSelector.read(text);
    if (selector == null) {
      problems.add(
          "selectedBy",
          "Choose who selected this payment: Panel Officers on behalf of Members, or the OPCC");
    }
    return selector;
  }

  /**
   * The contract named for a payment: blank when its record already says (a payment from a
   * contract's schedule) or it was paid under none; otherwise a contract one of whose lots the
   * payee supplies.
   */
  private String contract(String text, PaymentView payment, Problems problems) {
    String id = text == null ? "" : text.strip();
    if (id.isEmpty()) {
      return null;
    }
    ContractView contract;
    try {
      contract = contracts.get(id);
    } catch (NotFoundException e) {
      problems.add("contract", "There is no contract " + id);
      return null;
    }
    if (payment == null) {
      return contract.publicId();
    }
    String recorded = recordedContract(payment);
    if (recorded != null) {
      if (!recorded.equals(contract.publicId())) {
        problems.add(
            "contract",
            "Payment "
                + payment.id()
                + " was made under contract "
                + recorded
                + ", as its record says: leave the contract blank");
      }
      return null;
    }
    String payee =
        payment.payeeOrganisationId() == null
            ? null
            : organisations.get(payment.payeeOrganisationId()).publicId();
    if (payee == null
        || contract.lots().stream()
            .map(ContractLotView::supplierPublicId)
            .noneMatch(payee::equals)) {
      problems.add(
          "contract",
          "The payee of payment "
              + payment.id()
              + " supplies no lot of the contract "
              + contract.title()
              + ": choose the contract it was paid under, or leave it blank");
    }
    return contract.publicId();
  }

  private static String optional(String text, String field, String what, Problems problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip().replace("\r\n", "\n");
    if (value.length() > TEXT_MAX) {
      problems.add(field, what + " must be " + TEXT_MAX + " characters or fewer");
    }
    return value;
  }

  // ---------------------------------------------------------------- the records behind an item

  private PanelPaper.Item item(ItemRow row, Map<FinancialYear, YearAggregates> years) {
    PaymentView p = payments.get(row.paymentId());
    String contractId = recordedContract(p);
    if (contractId == null) {
      contractId = row.contractPublicId();
    }
    ContractView contract = contractId == null ? null : contracts.get(contractId);
    AwardView award = p.awardPublicId() == null ? null : awards.get(p.awardPublicId());
    String source;
    String reference;
    String purpose;
    List<MonitoringReturnView> accepted;
    if (contract != null) {
      source = "Contract: " + contract.title();
      reference = contract.publicId();
      purpose = firstOf(contract.serviceDescription(), contract.title());
      accepted = returns.returnsForContract(contract.publicId());
    } else if (award != null) {
      source = firstOf(award.programme(), "Award: " + award.title());
      reference = award.publicId();
      purpose = firstOf(award.serviceDescription(), award.title());
      accepted = returns.returnsFor(award.publicId());
    } else {
      source = firstOf(p.costCentre(), firstOf(p.streamName(), "Not recorded"));
      reference = null;
      purpose = p.purpose();
      accepted = List.of();
    }
    accepted =
        accepted.stream()
            .filter(r -> r.status() == ReturnStatus.ACCEPTED && r.period().year().equals(p.year()))
            .toList();
    return new PanelPaper.Item(
        row.id(),
        p.id(),
        p.date(),
        p.publishedPayee(),
        p.amount(),
        p.year(),
        row.selectedBy(),
        source,
        reference,
        purpose,
        row.outcome(),
        monitored(accepted, p.year(), years),
        row.contractPublicId());
  }

  /** The service's outputs for the year from its accepted returns, one line each. */
  private List<String> monitored(
      List<MonitoringReturnView> accepted,
      FinancialYear year,
      Map<FinancialYear, YearAggregates> years) {
    if (accepted.isEmpty()) {
      return List.of();
    }
    MonitoringReturnView any = accepted.get(0);
    YearAggregates figures = years.computeIfAbsent(year, aggregates::of);
    GroupFigures service =
        figures.group(AggregateScope.SERVICE, any.serviceName() + " (" + any.provider() + ")");
    if (service == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String code : FunderReturns.OUTPUTS) {
      Long value = service.value(code);
      MetricDefinition measure = figures.measure(code);
      if (value != null && measure != null) {
        lines.add(measure.label() + ": " + String.format(java.util.Locale.UK, "%,d", value));
      }
    }
    if (!lines.isEmpty()) {
      lines.add(
          0,
          "From "
              + accepted.size()
              + (accepted.size() == 1
                  ? " accepted monitoring return"
                  : " accepted monitoring returns")
              + " for "
              + year.label()
              + ":");
    }
    return List.copyOf(lines);
  }

  /** The contract a payment's own record names: the one whose schedule it was paid from. */
  private String recordedContract(PaymentView payment) {
    if (payment.scheduledPaymentId() == null) {
      return null;
    }
    ScheduledPaymentView scheduled = payments.scheduled(payment.scheduledPaymentId());
    return "CONTRACT".equals(scheduled.instrumentType()) ? scheduled.instrumentPublicId() : null;
  }

  private PaperRow paperRow(long id) {
    return repository
        .paper(id)
        .orElseThrow(() -> new NotFoundException("Police and Crime Panel paper", "" + id));
  }

  private ItemRow itemRow(long paperId, long itemId) {
    return repository.items(paperId).stream()
        .filter(i -> i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("payment in this paper", "" + itemId));
  }

  private static ConflictException changedMeanwhile(PaperRow paper) {
    return new ConflictException(
        "PANEL-3",
        "Someone else changed the paper \""
            + paper.title()
            + "\" since you opened it: open it again to see their changes, then make yours");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String firstOf(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }
}
