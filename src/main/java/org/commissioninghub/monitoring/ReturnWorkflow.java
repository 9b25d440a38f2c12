package org.commissioninghub.monitoring;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
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
  private final AuditLog audit;
  private final Clock clock;

  ReturnWorkflow(
      MonitoringRepository returns,
      ReturnRepository repository,
      MonitoringReturns monitoring,
      Payments payments,
      AuditLog audit,
      Clock clock) {
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
        .filter(r -> actor.maySee(r.organisationId()))
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
    if (actor.organisationId() == null || actor.organisationId() != r.organisationId()) {
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
      int n =
          payments
              .releaseForAcceptedReturn(
                  r.awardPublicId(), r.period().year(), r.period().quarter(), actor.username())
              .size();
      released = n == 0 ? "" : "; " + n + " held payment(s) released";
    }
    audit.record(
        accept ? "monitoring-return.accepted" : "monitoring-return.sent-back",
        "monitoring-return",
        String.valueOf(id),
        r.period().label() + (text == null ? "" : ": " + text) + released);
  }

  public java.time.LocalDate today() {
    return monitoring.today();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
