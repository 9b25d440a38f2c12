package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.contracts.ContractLotView;
import org.commissioninghub.contracts.Contracts;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
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
   * Adds an anonymised case study. Nothing identifying may be kept: a story that looks as if it
   * names or identifies someone is refused with what looked so, unless the person adding it
   * confirms it identifies no one (the warning is then kept with it for the commissioner).
   */
  @Transactional
  public void addCaseStudy(
      Actor actor, long id, String theme, String story, boolean consent, boolean confirmed) {
    MonitoringReturnView r = get(actor, id);
    if (!r.status().owed()) {
      throw new ConflictException(
          "RETURN-1",
          "This return is " + r.status().label().toLowerCase() + ": it cannot be changed");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String t = theme == null ? "" : theme.strip();
    String s = story == null ? "" : story.strip();
    if (t.isEmpty()) {
      problems.add(
          new FieldProblem(
              "theme", "Say what the case study shows, like \"Coping after a burglary\""));
    } else if (t.length() > 200) {
      problems.add(new FieldProblem("theme", "The theme must be 200 characters or fewer"));
    }
    if (s.isEmpty()) {
      problems.add(
          new FieldProblem("story", "Tell the story, without anything that identifies the person"));
    } else if (s.length() > 4000) {
      problems.add(new FieldProblem("story", "The story must be 4,000 characters or fewer"));
    }
    if (!consent) {
      problems.add(
          new FieldProblem("consent", "Only share a story the person agreed to share, anonymised"));
    }
    List<String> warnings = PersonalDataCheck.warnings(t + "\n" + s);
    if (!warnings.isEmpty() && !confirmed) {
      warnings.forEach(w -> problems.add(new FieldProblem("story", w)));
      problems.add(
          new FieldProblem(
              "confirmed",
              "Take out anything that identifies the person, or confirm it identifies no one"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-10", problems);
    }
    repository.addCaseStudy(
        id,
        t,
        s,
        true,
        warnings.isEmpty() ? null : String.join("; ", warnings),
        actor.username(),
        now());
    audit.record(
        "monitoring-return.case-study-added",
        "monitoring-return",
        String.valueOf(id),
        t
            + (warnings.isEmpty()
                ? ""
                : " (confirmed despite: " + String.join("; ", warnings) + ")"));
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

  /** Saves what was typed; a number that is not a whole number saves nothing. */
  @Transactional
  public void save(
      Actor actor, long id, int expectedVersion, Map<String, String> typed, String narrative) {
    MonitoringReturnView r = get(actor, id);
    if (!r.status().owed()) {
      throw new ConflictException(
          "RETURN-1",
          "This return is " + r.status().label().toLowerCase() + ": it cannot be changed");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Long> values = ReturnChecks.read(templateOf(id), typed, problems);
    String text = narrative == null || narrative.isBlank() ? null : narrative.strip();
    if (text != null && text.length() > 8000) {
      problems.add(
          new FieldProblem("narrative", "The narrative must be 8,000 characters or fewer"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-2", problems);
    }
    if (!repository.save(id, expectedVersion, values, text, actor.username(), now())) {
      throw new ConflictException(
          "RETURN-3", audit.changedSinceOpened("monitoring-return", String.valueOf(id), "return"));
    }
    audit.record(
        "monitoring-return.saved",
        "monitoring-return",
        String.valueOf(id),
        r.period().label() + ": " + values.size() + " measures");
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
    ReturnSpreadsheet.Upload upload = ReturnSpreadsheet.read(filename, content, templateOf(id), id);
    save(actor, id, expectedVersion, upload.values(), upload.narrative());
  }

  /**
   * Certifies the return for the provider: by someone other than the person who last saved it, and
   * only once it passes every check.
   */
  @Transactional
  public void certify(Actor actor, long id) {
    MonitoringReturnView r = get(actor, id);
    if (r.status() != ReturnStatus.DRAFT) {
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
    repository.move(id, ReturnStatus.CERTIFIED, null);
    audit.record(
        "monitoring-return.certified", "monitoring-return", String.valueOf(id), r.period().label());
  }

  /**
   * The commissioner's decision: accept (releasing any payment held for the quarter) or send back
   * with comments saying what to put right.
   */
  @Transactional
  public void review(Actor actor, long id, boolean accept, String comment) {
    MonitoringReturnView r = get(actor, id);
    if (r.status() != ReturnStatus.CERTIFIED) {
      throw new ConflictException(
          "RETURN-7",
          "Only a certified return can be reviewed; this one is "
              + r.status().label().toLowerCase());
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (!accept && text == null) {
      throw InvalidInputException.of(
          "RETURN-8", "comment", "Say what the provider must put right before sending it back");
    }
    repository.review(id, accept ? "ACCEPTED" : "SENT_BACK", actor.username(), text, now());
    repository.move(id, accept ? ReturnStatus.ACCEPTED : ReturnStatus.SENT_BACK, text);
    String released = "";
    if (accept) {
      int n = release(r, actor.username());
      released = n == 0 ? "" : "; " + n + " held payment(s) released";
    }
    audit.record(
        accept ? "monitoring-return.accepted" : "monitoring-return.sent-back",
        "monitoring-return",
        String.valueOf(id),
        r.period().label() + (text == null ? "" : ": " + text) + released);
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
  public void rate(Actor actor, long id, String rag, String reason) {
    MonitoringReturnView r = get(actor, id);
    List<FieldProblem> problems = new ArrayList<>();
    Rag rating = null;
    try {
      rating = rag == null || rag.isBlank() ? null : Rag.valueOf(rag.strip());
    } catch (IllegalArgumentException e) {
      rating = null;
    }
    if (rating == null) {
      problems.add(new FieldProblem("rag", "Choose red, amber or green"));
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem("ragReason", "Say why you gave this rating"));
    } else if (text.length() > 2000) {
      problems.add(new FieldProblem("ragReason", "The reason must be 2,000 characters or fewer"));
    }
    if (r.status() == ReturnStatus.DUE || r.status() == ReturnStatus.DRAFT) {
      problems.add(
          new FieldProblem("rag", "Rate a quarter once its return has been certified or recorded"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-11", problems);
    }
    returns.rate(id, rating, text, actor.username(), now());
    audit.record(
        "monitoring-return.rated",
        "monitoring-return",
        String.valueOf(id),
        r.period().label()
            + ": "
            + rating.label()
            + " ("
            + text
            + ")"
            + (r.rag() == null ? "" : ", was " + r.rag().label()));
  }

  /**
   * Records, as accepted, a return the provider sent outside the system (before the service used
   * it, or where no provider user exists): the same checks apply, the officer is named as having
   * recorded it, the date it was received is kept for "on time", and held payments are released.
   */
  @Transactional
  public void recordReceived(
      Actor actor,
      long id,
      Map<String, String> typed,
      String narrative,
      java.time.LocalDate receivedOn,
      String note) {
    MonitoringReturnView r = get(actor, id);
    if (!r.status().owed()) {
      throw new ConflictException(
          "RETURN-1",
          "This return is " + r.status().label().toLowerCase() + ": it cannot be changed");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Long> values = ReturnChecks.read(templateOf(id), typed, problems);
    if (problems.isEmpty()) {
      problems.addAll(ReturnChecks.check(templateOf(id), values));
    }
    if (receivedOn == null || receivedOn.isAfter(today())) {
      problems.add(new FieldProblem("receivedOn", "Enter the date the return was received"));
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text == null) {
      problems.add(new FieldProblem("note", "Say where the figures come from"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("RETURN-12", problems);
    }
    String narrativeText = narrative == null || narrative.isBlank() ? null : narrative.strip();
    if (!repository.save(
        id, repository.version(id), values, narrativeText, actor.username(), now())) {
      throw new ConflictException(
          "RETURN-3", audit.changedSinceOpened("monitoring-return", String.valueOf(id), "return"));
    }
    OffsetDateTime received = receivedOn.atStartOfDay(clock.getZone()).toOffsetDateTime();
    repository.submit(id, actor.username(), actor.username(), received);
    repository.review(id, "ACCEPTED", actor.username(), text, now());
    repository.move(id, ReturnStatus.ACCEPTED, null);
    repository.note(id, text);
    int released = release(r, actor.username());
    audit.record(
        "monitoring-return.recorded",
        "monitoring-return",
        String.valueOf(id),
        r.period().label()
            + ": "
            + values.size()
            + " measures received "
            + receivedOn
            + " ("
            + text
            + ")"
            + (released == 0 ? "" : "; " + released + " held payment(s) released"));
  }

  public java.time.LocalDate today() {
    return monitoring.today();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
