package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.monitoring.ReturnCommands.CaseStudyCommand;
import org.commissioninghub.monitoring.ReturnCommands.Figures;
import org.commissioninghub.monitoring.ReturnCommands.FiguresRequest;
import org.commissioninghub.monitoring.ReturnCommands.Rating;
import org.commissioninghub.monitoring.ReturnCommands.Receipt;
import org.commissioninghub.monitoring.ReturnCommands.Review;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return from draft to accepted: the provider fills it in and saves; a second person at the
 * provider certifies it once it passes the checks; the commissioner accepts it (which releases any
 * payment held for that quarter) or sends it back with comments. Every certified version is kept.
 */
@Service
public class ReturnWorkflow {

  private final MonitoringRepository returns;
  private final ReturnRepository repository;
  private final MonitoringReturns monitoring;
  private final Payments payments;
  private final Contracts contracts;
  private final AuditLog audit;
  private final Clock clock;

  ReturnWorkflow(
      MonitoringRepository returns,
      ReturnRepository repository,
      MonitoringReturns monitoring,
      Payments payments,
      Contracts contracts,
      AuditLog audit,
      Clock clock) {
    this.contracts = contracts;
    this.returns = returns;
    this.repository = repository;
    this.monitoring = monitoring;
    this.payments = payments;
    this.audit = audit;
    this.clock = clock;
  }

  /** A return the actor may see; another organisation's is "not found" to a provider. */
  @Transactional(readOnly = true)
  public MonitoringReturnView get(Actor actor, long id) {
    return returns
        .find(id)
        .filter(r -> r.visibleTo(actor))
        .orElseThrow(() -> new NotFoundException("monitoring return", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public ReturnTemplate templateOf(long id) {
    MonitoringReturnView r =
        returns
            .find(id)
            .orElseThrow(() -> new NotFoundException("monitoring return", String.valueOf(id)));
    return monitoring.template(r.templateCode());
  }

  @Transactional(readOnly = true)
  public Map<String, Long> values(long id) {
    return repository.values(id);
  }

  @Transactional(readOnly = true)
  public String narrative(long id) {
    return repository.narrative(id);
  }

  @Transactional(readOnly = true)
  public int version(long id) {
    return repository.version(id);
  }

  @Transactional(readOnly = true)
  public String reviewComment(long id) {
    return repository.comment(id);
  }

  @Transactional(readOnly = true)
  public List<ReturnSubmission> submissions(long id) {
    return repository.submissions(id);
  }

  @Transactional(readOnly = true)
  public List<CaseStudy> caseStudies(long id) {
    return repository.caseStudies(id);
  }

  /**
   * Adds an anonymised case study. Nothing identifying may be kept: the command carries what looked
   * identifying, confirmed by the person adding it to identify no one (the warning is then kept
   * with it for the commissioner).
   */
  @Transactional
  public void addCaseStudy(Actor actor, long id, CaseStudyCommand study) {
    refuseUnlessChangeable(get(actor, id));
    String warnings = study.warnings().isEmpty() ? null : String.join("; ", study.warnings());
    repository.addCaseStudy(
        id, study.theme(), study.story(), true, warnings, actor.username(), now());
    audit.record(
        "monitoring-return.case-study-added",
        "monitoring-return",
        String.valueOf(id),
        study.theme() + (warnings == null ? "" : " (confirmed despite: " + warnings + ")"));
  }

  /**
   * Measures that moved by more than half since the previous quarter's certified figures, to be
   * explained in the narrative; not a reason to refuse the return.
   */
  @Transactional(readOnly = true)
  public List<String> anomalies(Actor actor, long id) {
    MonitoringReturnView r = get(actor, id);
    return returns
        .previous(r)
        .filter(p -> p.status() == ReturnStatus.ACCEPTED || p.status() == ReturnStatus.CERTIFIED)
        .map(
            p ->
                AnomalyCheck.flags(
                    templateOf(id),
                    repository.values(id),
                    repository.values(p.id()),
                    p.period().label()))
        .orElse(List.of());
  }

  /** What must still be put right before certifying, for the page to show while filling in. */
  @Transactional(readOnly = true)
  public List<FieldProblem> problems(long id) {
    return ReturnChecks.check(templateOf(id), repository.values(id));
  }

  /** Saves the figures as a draft; refused once the return is no longer owed. */
  @Transactional
  public void save(Actor actor, long id, int expectedVersion, Figures figures) {
    MonitoringReturnView r = get(actor, id);
    refuseUnlessChangeable(r);
    if (!repository.save(
        id, expectedVersion, figures.values(), figures.narrative(), actor.username(), now())) {
      throw changedSinceOpened(id);
    }
    audit.record(
        "monitoring-return.saved",
        "monitoring-return",
        String.valueOf(id),
        r.period().label() + ": " + figures.values().size() + " measures");
  }

  /** The return as a spreadsheet to fill in offline, with what is saved so far. */
  @Transactional(readOnly = true)
  public byte[] spreadsheet(Actor actor, long id, boolean xlsx) {
    MonitoringReturnView r = get(actor, id);
    ReturnTemplate template = templateOf(id);
    Map<String, Long> values = repository.values(id);
    String narrative = repository.narrative(id);
    audit.recordExport("monitoring-return-" + id + (xlsx ? ".xlsx" : ".csv"), "spreadsheet");
    return xlsx
        ? ReturnSpreadsheet.xlsx(r, template, values, narrative)
        : ReturnSpreadsheet.csv(r, template, values, narrative)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Saves the figures from an uploaded spreadsheet. Every cell is checked first; one problem and
   * nothing is saved, with the row and column of each.
   */
  @Transactional
  public void upload(Actor actor, long id, int expectedVersion, String filename, byte[] content) {
    get(actor, id);
    ReturnTemplate template = templateOf(id);
    ReturnSpreadsheet.Upload upload = ReturnSpreadsheet.read(filename, content, template, id);
    save(
        actor,
        id,
        expectedVersion,
        new FiguresRequest(upload.values(), upload.narrative()).toCommand(template));
  }

  /**
   * Certifies the return for the provider: by someone other than the person who last saved it, and
   * only once it passes every check.
   */
  @Transactional
  public void certify(Actor actor, long id) {
    MonitoringReturnView r = get(actor, id);
    if (!r.status().canMoveTo(ReturnStatus.CERTIFIED)) {
      throw new ConflictException(
          "RETURN-4",
          r.status() == ReturnStatus.CERTIFIED || r.status() == ReturnStatus.ACCEPTED
              ? "This return is already " + r.status().label().toLowerCase()
              : "Save the return's figures before certifying it");
    }
    if (r.organisationId() == null) {
      throw new ConflictException(
          "RETURN-5",
          "No provider is recorded for "
              + r.serviceName()
              + ": an officer records its return from what the provider sends");
    }
    if (!r.organisationId().equals(actor.organisationId())) {
      throw new ConflictException(
          "RETURN-5", "Only someone at " + r.organisationName() + " can certify its return");
    }
    String preparedBy = repository.preparedBy(id);
    if (actor.username().equals(preparedBy)) {
      throw new ConflictException(
          "RETURN-5",
          "You prepared this return, so someone else at "
              + r.organisationName()
              + " must certify it");
    }
    List<FieldProblem> problems = problems(id);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-6", problems);
    }
    repository.submit(id, preparedBy, actor.username(), now());
    move(id, r.status(), ReturnStatus.CERTIFIED, null);
    audit.record(
        "monitoring-return.certified", "monitoring-return", String.valueOf(id), r.period().label());
  }

  /**
   * The commissioner's decision: accept (releasing any payment held for the quarter) or send back
   * with comments saying what to put right.
   */
  @Transactional
  public void review(Actor actor, long id, Review review) {
    MonitoringReturnView r = get(actor, id);
    if (!r.status().reviewable()) {
      throw new ConflictException(
          "RETURN-7",
          "Only a certified return can be reviewed; this one is "
              + r.status().label().toLowerCase());
    }
    ReturnStatus outcome = review.accept() ? ReturnStatus.ACCEPTED : ReturnStatus.SENT_BACK;
    repository.review(id, outcome.name(), actor.username(), review.comment(), now());
    move(id, r.status(), outcome, review.comment());
    String released = "";
    if (review.accept()) {
      int n = release(r, actor.username());
      released = n == 0 ? "" : "; " + n + " held payment(s) released";
    }
    audit.record(
        review.accept() ? "monitoring-return.accepted" : "monitoring-return.sent-back",
        "monitoring-return",
        String.valueOf(id),
        r.period().label() + (review.comment() == null ? "" : ": " + review.comment()) + released);
  }

  /** Releases what is held for the quarter: the award's, or each award that funds the contract. */
  private int release(MonitoringReturnView r, String username) {
    List<String> funding =
        r.awardPublicId() != null
            ? List.of(r.awardPublicId())
            : contracts.get(r.contractPublicId()).lots().stream()
                .map(ContractLotView::awardPublicId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    return funding.stream()
        .mapToInt(
            award ->
                payments
                    .releaseForAcceptedReturn(
                        award, r.period().year(), r.period().quarter(), username)
                    .size())
        .sum();
  }

  /**
   * The officer's RAG rating of the quarter, with the reason, shown wherever the service's returns
   * are weighed (continuation and extension decisions). It can be changed; the audit keeps each.
   */
  @Transactional
  public void rate(Actor actor, long id, Rating rating) {
    MonitoringReturnView r = get(actor, id);
    if (r.status() == ReturnStatus.DUE || r.status() == ReturnStatus.DRAFT) {
      throw InvalidInputException.of(
          "RETURN-11", "rag", "Rate a quarter once its return has been certified or recorded");
    }
    returns.rate(id, rating.rag(), rating.reason(), actor.username(), now());
    audit.record(
        "monitoring-return.rated",
        "monitoring-return",
        String.valueOf(id),
        r.period().label()
            + ": "
            + rating.rag().label()
            + " ("
            + rating.reason()
            + ")"
            + (r.rag() == null ? "" : ", was " + r.rag().label()));
  }

  /**
   * Records, as accepted, a return the provider sent outside the system (before the service used
   * it, or where no provider user exists): the same checks apply, the officer is named as having
   * recorded it, the date it was received is kept for "on time", and held payments are released.
   */
  @Transactional
  public void recordReceived(Actor actor, long id, Figures figures, Receipt receipt) {
    MonitoringReturnView r = get(actor, id);
    refuseUnlessChangeable(r);
    Problems problems = new Problems();
    ReturnChecks.check(templateOf(id), figures.values())
        .forEach(p -> problems.add(p.field(), p.message()));
    if (receipt.receivedOn().isAfter(today())) {
      problems.add("receivedOn", Receipt.NO_DATE);
    }
    problems.throwIfAny("RETURN-12");
    if (!repository.save(
        id,
        repository.version(id),
        figures.values(),
        figures.narrative(),
        actor.username(),
        now())) {
      throw changedSinceOpened(id);
    }
    OffsetDateTime received = receipt.receivedOn().atStartOfDay(clock.getZone()).toOffsetDateTime();
    repository.submit(id, actor.username(), actor.username(), received);
    repository.review(id, ReturnStatus.ACCEPTED.name(), actor.username(), receipt.note(), now());
    move(id, ReturnStatus.DRAFT, ReturnStatus.ACCEPTED, null);
    repository.note(id, receipt.note());
    int released = release(r, actor.username());
    audit.record(
        "monitoring-return.recorded",
        "monitoring-return",
        String.valueOf(id),
        r.period().label()
            + ": "
            + figures.values().size()
            + " measures received "
            + receipt.receivedOn()
            + " ("
            + receipt.note()
            + ")"
            + (released == 0 ? "" : "; " + released + " held payment(s) released"));
  }

  /** Refuses a change to a return the provider no longer owes (certified or accepted). */
  private static void refuseUnlessChangeable(MonitoringReturnView r) {
    if (!r.status().changeable()) {
      throw new ConflictException(
          "RETURN-1",
          "This return is " + r.status().label().toLowerCase() + ": it cannot be changed");
    }
  }

  /** Moves the return along the table of moves, only if it is still where it was read. */
  private void move(long id, ReturnStatus from, ReturnStatus to, String comment) {
    if (!repository.move(id, from, to, comment)) {
      throw changedSinceOpened(id);
    }
  }

  private ConflictException changedSinceOpened(long id) {
    return new ConflictException(
        "RETURN-3", audit.changedSinceOpened("monitoring-return", String.valueOf(id), "return"));
  }

  public java.time.LocalDate today() {
    return monitoring.today();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
