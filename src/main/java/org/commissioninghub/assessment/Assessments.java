package org.commissioninghub.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.commissioninghub.applications.ApplicationStatus;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.ProgrammeView.CriterionView;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment feature's public API. An assessor must declare any conflict of interest before
 * seeing scores; a declared conflict ends their part in that application and stays in the register.
 */
@Service
public class Assessments {

  private final AssessmentRepository repository;
  private final Applications applications;
  private final Programmes programmes;
  private final Actors actors;
  private final AuditLog audit;
  private final Clock clock;

  Assessments(
      AssessmentRepository repository,
      Applications applications,
      Programmes programmes,
      Actors actors,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.applications = applications;
    this.programmes = programmes;
    this.actors = actors;
    this.audit = audit;
    this.clock = clock;
  }

  /** Screens a submitted application in or out, with the reason recorded. */
  @Transactional
  public ApplicationView screen(Actor officer, String reference, boolean eligible, String reason) {
    ApplicationView application = applications.get(officer, reference);
    requireManager(officer, application);
    return applications.recordScreening(officer, reference, eligible, reason);
  }

  @Transactional
  public AssignmentView assign(Actor officer, String reference, String assessor) {
    ApplicationView application = applications.get(officer, reference);
    requireManager(officer, application);
    if (application.status() != ApplicationStatus.ELIGIBLE) {
      throw new ConflictException(
          "ASSESSMENT-1",
          "Assessors are assigned once an application has passed screening; this one is "
              + application.status().label().toLowerCase(Locale.UK));
    }
    String name = assessor == null ? "" : assessor.strip();
    Actor target = actors.byName(name);
    if (!target.has(Role.ASSESSOR)) {
      throw InvalidInputException.of("ASSESSMENT-2", "assessor", name + " is not an assessor");
    }
    if (repository.find(application.id(), name).isPresent()) {
      throw InvalidInputException.of(
          "ASSESSMENT-2", "assessor", name + " is already assigned to " + reference);
    }
    if (repository.declaredConflictWith(name, application.organisationId())) {
      throw InvalidInputException.of(
          "ASSESSMENT-3",
          "assessor",
          name
              + " has declared a conflict of interest with "
              + application.organisationName()
              + ": choose another assessor");
    }
    repository.insert(application.id(), name, officer.username(), OffsetDateTime.now(clock));
    audit.record("assessment.assigned", "application", reference, "assessor " + name);
    return repository.find(application.id(), name).orElseThrow();
  }

  /**
   * The assessor's declaration, made before scoring. With a conflict, the assignment is closed and
   * the assessor can neither score nor decide this application.
   */
  @Transactional
  public AssignmentView declare(Actor assessor, String reference, boolean conflict, String nature) {
    ApplicationView application = applications.get(reference);
    AssignmentView assignment = own(assessor, application);
    if (assignment.status() != AssignmentStatus.AWAITING_DECLARATION) {
      throw new ConflictException(
          "ASSESSMENT-4", "You have already made your declaration for " + reference);
    }
    if (conflict && (nature == null || nature.isBlank())) {
      throw InvalidInputException.of("ASSESSMENT-5", "nature", "Describe the conflict of interest");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    AssignmentStatus next = conflict ? AssignmentStatus.CONFLICTED : AssignmentStatus.SCORING;
    if (!repository.moveStatus(
        assignment.id(), AssignmentStatus.AWAITING_DECLARATION, next, "declared_at", now)) {
      throw new ConflictException(
          "ASSESSMENT-4", "You have already made your declaration for " + reference);
    }
    String described = nature == null || nature.isBlank() ? null : nature.strip();
    repository.recordDeclaration(
        assignment.id(), assessor.username(), application.id(), conflict, described, now);
    audit.record(
        conflict ? "assessment.conflict-declared" : "assessment.no-conflict-declared",
        "application",
        reference,
        assessor.username() + (conflict ? ": " + described : ""));
    return repository.find(application.id(), assessor.username()).orElseThrow();
  }

  /** Saves scores (each 0 to the criterion's top, with a comment); complete submits them. */
  @Transactional
  public AssignmentView score(
      Actor assessor,
      String reference,
      List<ScoreInput> scores,
      String overallComment,
      boolean complete) {
    ApplicationView application = applications.get(reference);
    AssignmentView assignment = own(assessor, application);
    if (assignment.status() == AssignmentStatus.AWAITING_DECLARATION) {
      throw new ConflictException(
          "ASSESSMENT-6", "Declare any conflict of interest before scoring " + reference);
    }
    if (assignment.status() == AssignmentStatus.CONFLICTED) {
      throw new ConflictException(
          "ASSESSMENT-6",
          "You stood aside from "
              + reference
              + " because of a conflict of interest, so you cannot score it");
    }
    if (assignment.status() != AssignmentStatus.SCORING) {
      throw new ConflictException(
          "ASSESSMENT-6",
          "Your assessment of "
              + reference
              + " is "
              + assignment.status().label().toLowerCase(Locale.UK));
    }
    ProgrammeView programme = application.round().programme();
    Problems problems = new Problems();
    List<int[]> accepted = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (CriterionView criterion : programme.criteria()) {
      ScoreInput input =
          scores.stream()
              .filter(s -> s.criterionId() != null && s.criterionId() == criterion.id())
              .findFirst()
              .orElse(null);
      String field = "scores." + criterion.id();
      if (input == null || input.score() == null || input.score().isBlank()) {
        if (complete) {
          problems.add(
              field, criterion.name() + ": give a score from 0 to " + criterion.scaleMax());
        }
        continue;
      }
      Integer value = null;
      try {
        value = Integer.valueOf(input.score().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
      if (value == null || value < 0 || value > criterion.scaleMax()) {
        problems.add(
            field,
            criterion.name()
                + ": the score must be a whole number from 0 to "
                + criterion.scaleMax()
                + ", not "
                + input.score().strip());
        continue;
      }
      if (input.comment() == null || input.comment().isBlank()) {
        problems.add(field + ".comment", criterion.name() + ": say why you gave this score");
        continue;
      }
      accepted.add(new int[] {(int) criterion.id(), value});
      comments.add(input.comment().strip());
    }
    for (ScoreInput input : scores) {
      if (input.criterionId() == null
          || programme.criteria().stream().noneMatch(c -> c.id() == input.criterionId())) {
        problems.add(
            "scores", "There is no criterion " + input.criterionId() + " in " + programme.name());
      }
    }
    problems.throwIfAny("ASSESSMENT-7");
    for (int i = 0; i < accepted.size(); i++) {
      repository.saveScore(
          assignment.id(), accepted.get(i)[0], accepted.get(i)[1], comments.get(i));
    }
    repository.saveOverallComment(
        assignment.id(),
        overallComment == null || overallComment.isBlank() ? null : overallComment.strip());
    if (complete) {
      if (!repository.moveStatus(
          assignment.id(),
          AssignmentStatus.SCORING,
          AssignmentStatus.COMPLETED,
          "completed_at",
          OffsetDateTime.now(clock))) {
        throw new ConflictException(
            "ASSESSMENT-6", "Your assessment of " + reference + " is already submitted");
      }
    }
    AssignmentView after = repository.find(application.id(), assessor.username()).orElseThrow();
    audit.record(
        complete ? "assessment.completed" : "assessment.saved",
        "application",
        reference,
        assessor.username()
            + " "
            + after.scores().stream().map(s -> s.criterion() + "=" + s.score()).toList());
    return after;
  }

  @Transactional(readOnly = true)
  public List<AssignmentView> assignments(String reference) {
    return repository.forApplication(applications.get(reference).id());
  }

  @Transactional(readOnly = true)
  public List<AssignmentView> assignedTo(Actor assessor) {
    return repository.forAssessor(assessor.username());
  }

  @Transactional(readOnly = true)
  public List<ConflictDeclaration> conflictsRegister() {
    return repository.register();
  }

  /** Whether this person declared a conflict on the application (and so may not decide it). */
  @Transactional(readOnly = true)
  public boolean declaredConflict(String username, String reference) {
    return repository.declaredConflictOn(username, applications.get(reference).id());
  }

  /**
   * Why an application is not yet ready for a decision, or null if it is: where the programme
   * scores against criteria, at least one assessor has submitted scores and no assessment is still
   * under way.
   */
  @Transactional(readOnly = true)
  public String notReadyForDecision(String reference) {
    ApplicationView application = applications.get(reference);
    if (application.round().programme().criteria().isEmpty()) {
      return null;
    }
    List<AssignmentView> all = repository.forApplication(application.id());
    if (all.stream().noneMatch(a -> a.status() == AssignmentStatus.COMPLETED)) {
      return "No assessor has submitted scores for " + reference + " yet";
    }
    long open =
        all.stream()
            .filter(
                a ->
                    a.status() == AssignmentStatus.AWAITING_DECLARATION
                        || a.status() == AssignmentStatus.SCORING)
            .count();
    return open == 0
        ? null
        : open
            + " assessment"
            + (open == 1 ? " is" : "s are")
            + " still under way for "
            + reference;
  }

  /** How an application was assessed, for its published decision record. */
  @Transactional(readOnly = true)
  public Summary summary(String reference) {
    List<AssignmentView> all = repository.forApplication(applications.get(reference).id());
    List<AssignmentView> done =
        all.stream().filter(a -> a.status() == AssignmentStatus.COMPLETED).toList();
    Double mean =
        done.isEmpty()
            ? null
            : Math.round(
                    done.stream().mapToDouble(AssignmentView::weightedScore).average().orElse(0)
                        * 10)
                / 10.0;
    int conflicts =
        (int) all.stream().filter(a -> a.status() == AssignmentStatus.CONFLICTED).count();
    return new Summary(done.size(), mean, conflicts);
  }

  /** How many assessors scored, their mean weighted score out of 100, and how many stood aside. */
  public record Summary(int assessorsScoring, Double meanScore, int conflictsDeclared) {}

  /** The round's applications ranked by mean weighted score, with spread and outliers flagged. */
  @Transactional(readOnly = true)
  public Moderation moderation(String roundPublicId) {
    RoundView round = programmes.round(roundPublicId);
    List<Moderation.Row> unranked = new ArrayList<>();
    for (ApplicationView application : applications.inRound(round.id())) {
      if (application.status() == ApplicationStatus.DRAFT
          || application.status() == ApplicationStatus.WITHDRAWN
          || application.status() == ApplicationStatus.INELIGIBLE
          || application.status() == ApplicationStatus.SUBMITTED) {
        continue;
      }
      List<AssignmentView> done =
          repository.forApplication(application.id()).stream()
              .filter(a -> a.status() == AssignmentStatus.COMPLETED)
              .toList();
      List<Moderation.CriterionSpread> spreads = new ArrayList<>();
      for (CriterionView criterion : round.programme().criteria()) {
        spreads.add(spread(criterion, done));
      }
      Double mean =
          done.isEmpty()
              ? null
              : Math.round(
                      done.stream().mapToDouble(AssignmentView::weightedScore).average().orElse(0)
                          * 10)
                  / 10.0;
      unranked.add(new Moderation.Row(0, application, done, spreads, mean, null, false));
    }
    unranked.sort(
        Comparator.comparing((Moderation.Row r) -> r.meanScore() == null ? -1 : r.meanScore())
            .reversed()
            .thenComparing(r -> r.application().reference()));
    List<Moderation.Row> ranked = new ArrayList<>();
    Money cumulative = Money.ZERO;
    for (int i = 0; i < unranked.size(); i++) {
      Moderation.Row row = unranked.get(i);
      Money asked =
          row.application().approvedAmount() != null
              ? row.application().approvedAmount()
              : row.application().total();
      cumulative = cumulative.plus(asked);
      ranked.add(
          new Moderation.Row(
              i + 1,
              row.application(),
              row.assessments(),
              row.spreads(),
              row.meanScore(),
              cumulative,
              !cumulative.isGreaterThan(round.budget())));
    }
    return new Moderation(ranked, round.budget(), applications.approvedInRound(round.id()));
  }

  private static Moderation.CriterionSpread spread(
      CriterionView criterion, List<AssignmentView> done) {
    List<Integer> scores = new ArrayList<>();
    List<String> assessors = new ArrayList<>();
    for (AssignmentView a : done) {
      a.scores().stream()
          .filter(s -> s.criterionId() == criterion.id())
          .findFirst()
          .ifPresent(
              s -> {
                scores.add(s.score());
                assessors.add(a.assessor());
              });
    }
    int spread =
        scores.isEmpty()
            ? 0
            : scores.stream().max(Integer::compare).orElse(0)
                - scores.stream().min(Integer::compare).orElse(0);
    List<String> outliers = new ArrayList<>();
    if (scores.size() >= 2) {
      for (int i = 0; i < scores.size(); i++) {
        double others = 0;
        for (int j = 0; j < scores.size(); j++) {
          if (j != i) {
            others += scores.get(j);
          }
        }
        others /= scores.size() - 1;
        if (Math.abs(scores.get(i) - others) > Moderation.OUTLIER_SHARE * criterion.scaleMax()) {
          outliers.add(assessors.get(i));
        }
      }
    }
    return new Moderation.CriterionSpread(
        criterion.name(), criterion.scaleMax(), scores, spread, outliers);
  }

  private AssignmentView own(Actor assessor, ApplicationView application) {
    return repository
        .find(application.id(), assessor.username())
        .orElseThrow(() -> new NotFoundException("assignment", application.reference()));
  }

  /** Officers manage every round; a CSP lead manages the rounds of the fund their CSP runs. */
  static void requireManager(Actor actor, ApplicationView application) {
    boolean staff = actor.has(Role.OFFICER) || actor.has(Role.ADMIN);
    boolean csp =
        actor.has(Role.CSP_LEAD)
            && actor.organisationId() != null
            && actor.organisationId() == application.round().programme().ownerId();
    if (!staff && !csp) {
      throw new ConflictException(
          "ASSESSMENT-8",
          "Only the team running " + application.round().programme().name() + " can do this");
    }
  }
}
