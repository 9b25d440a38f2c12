package org.commissioninghub.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commissioninghub.applications.ApplicationStatus;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.assessment.Assessments;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardStatus;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.notifications.Outbox;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.ProgrammeView.StepView;
import org.commissioninghub.programmes.ProgrammeView.StreamRef;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Problems;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.Slugs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions feature's public API. Steps are decided in order, each by someone holding its role
 * who has not decided another step of the same application and has no declared conflict. The last
 * approval creates the award, checked against the round's budget and what is left in each funding
 * stream, and sends the offer.
 */
@Service
public class Decisions {

  static final int DAYS_TO_RESPOND = 28;
  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

  private final DecisionRepository repository;
  private final Applications applications;
  private final Assessments assessments;
  private final Awards awards;
  private final FundingStreams streams;
  private final org.commissioninghub.programmes.Programmes programmes;
  private final Outbox outbox;
  private final Letters letters;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicUrl;

  Decisions(
      DecisionRepository repository,
      Applications applications,
      Assessments assessments,
      Awards awards,
      FundingStreams streams,
      org.commissioninghub.programmes.Programmes programmes,
      Outbox outbox,
      Letters letters,
      AuditLog audit,
      Clock clock,
      @Value("${commissioning.public-url}") String publicUrl) {
    this.repository = repository;
    this.applications = applications;
    this.assessments = assessments;
    this.awards = awards;
    this.streams = streams;
    this.programmes = programmes;
    this.outbox = outbox;
    this.letters = letters;
    this.audit = audit;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** The chain as it stands for an application. */
  @Transactional(readOnly = true)
  public ChainView chain(String reference) {
    return chain(applications.get(reference));
  }

  private ChainView chain(ApplicationView application) {
    List<DecisionView> history = repository.forApplication(application.id());
    List<Money> amounts = new ArrayList<>(application.amountsPerYear());
    Map<Long, DecisionView> latest = new HashMap<>();
    for (DecisionView d : history) {
      latest.put(d.stepId(), d);
      if (d.outcome() == DecisionOutcome.APPROVE_REDUCED) {
        amounts = new ArrayList<>(d.amounts());
      }
    }
    Money total = amounts.stream().reduce(Money.ZERO, Money::plus);
    List<StepView> applicable = application.round().programme().stepsFor(total);
    boolean anyRejected = applicable.stream().anyMatch(s -> rejected(latest.get(s.id())));
    Integer nextPosition = null;
    for (StepView s : applicable) {
      if (!approved(latest.get(s.id()))) {
        nextPosition = nextPosition == null ? s.position() : Math.min(nextPosition, s.position());
      }
    }
    boolean open = application.status() == ApplicationStatus.ELIGIBLE && !anyRejected;
    List<ChainView.StepState> states = new ArrayList<>();
    for (StepView s : applicable) {
      DecisionView d = latest.get(s.id());
      boolean next = open && nextPosition != null && s.position() == nextPosition && !approved(d);
      states.add(new ChainView.StepState(s, d, next));
    }
    boolean complete = !applicable.isEmpty() && nextPosition == null && !anyRejected;
    return new ChainView(List.copyOf(amounts), states, history, complete);
  }

  /**
   * Records one step's decision, its shape checked; the last approval makes the award and sends the
   * offer. Refused when the application is not waiting for this step, by this person, or the
   * amounts or the date do not fit the bid.
   */
  @Transactional
  public ChainView decide(Actor actor, String reference, Decision command) {
    ApplicationView application = applications.get(actor, reference);
    if (application.status() != ApplicationStatus.ELIGIBLE) {
      throw new ConflictException(
          "DECISION-1",
          application.status() == ApplicationStatus.SUBMITTED
              ? reference + " must pass screening before it can be decided"
              : reference
                  + " is "
                  + application.status().label().toLowerCase(Locale.UK)
                  + ": there is nothing left to decide");
    }
    // A decision made in the past and recorded now may come from a round whose scores were not
    // kept; a decision made now must wait for the assessors.
    boolean recordingPast = command.recordingPast();
    String notReady = recordingPast ? null : assessments.notReadyForDecision(reference);
    if (notReady != null) {
      throw new ConflictException("DECISION-2", notReady);
    }
    ChainView chain = chain(application);
    ChainView.StepState state =
        chain.steps().stream()
            .filter(s -> command.step() != null && s.step().id() == command.step())
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "DECISION-3",
                        "step",
                        "That step is not part of the decision on "
                            + chain.total().format()
                            + " for "
                            + reference));
    StepView step = state.step();
    if (!state.isNext()) {
      String waiting =
          String.join(" and ", chain.next().stream().map(s -> s.step().name()).toList());
      throw new ConflictException(
          "DECISION-4",
          state.approved()
              ? step.name() + " has already been decided"
              : "The chain goes in order: " + waiting + " must decide first");
    }
    refuseWrongPerson(actor, application, step, chain);
    Problems problems = new Problems();
    DecisionOutcome outcome = command.outcome();
    List<Money> amounts = chain.amounts();
    if (outcome == DecisionOutcome.APPROVE_REDUCED) {
      amounts = reducedAmounts(command.amounts(), chain.amounts(), problems);
    }
    String conditions = command.conditions();
    OffsetDateTime at = decidedAt(command.decidedOn(), application, problems);
    boolean past = recordingPast;
    problems.throwIfAny("DECISION-5");
    Money total = amounts.stream().reduce(Money.ZERO, Money::plus);
    if (outcome.approves()) {
      refuseOverBudget(application.round(), total);
    }
    repository.insert(
        application.id(),
        step.id(),
        actor.username(),
        actor.displayName(),
        at,
        outcome,
        outcome == DecisionOutcome.APPROVE_REDUCED ? amounts : null,
        conditions,
        command.reasons());
    audit.record(
        "decision.recorded",
        "application",
        reference,
        step.name()
            + ": "
            + outcome
            + " "
            + total.plain()
            + (past ? " (decided on " + at.toLocalDate() + ")" : "")
            + " - "
            + command.reasons());
    ChainView after = chain(application);
    if (outcome == DecisionOutcome.REJECT) {
      reject(application, command.reasons(), !past);
    } else if (after.complete()) {
      award(application, after, at, !past);
    }
    return chain(applications.get(reference));
  }

  /**
   * When the decision was made: now, or a past date for a decision recorded later, which may not be
   * in the future or before the application arrived.
   */
  private OffsetDateTime decidedAt(LocalDate date, ApplicationView application, Problems problems) {
    if (date == null) {
      return OffsetDateTime.now(clock);
    }
    if (date.isAfter(LocalDate.now(clock))) {
      problems.add("decidedOn", "A decision cannot be recorded as made on a future date");
    } else if (application.submittedAt() != null
        && date.isBefore(application.submittedAt().atZoneSameInstant(UK).toLocalDate())) {
      problems.add(
          "decidedOn",
          "The decision cannot come before the application arrived on "
              + application.submittedAt().atZoneSameInstant(UK).toLocalDate());
    }
    return date.atTime(12, 0).atZone(UK).toOffsetDateTime();
  }

  private void refuseWrongPerson(
      Actor actor, ApplicationView application, StepView step, ChainView chain) {
    if (!actor.has(Role.valueOf(step.role()))) {
      throw new ConflictException(
          "DECISION-6",
          step.name()
              + " is decided by a "
              + step.role().toLowerCase(Locale.UK).replace('_', ' ')
              + ", which you are not");
    }
    if (step.role().equals("CSP_LEAD")
        && (actor.organisationId() == null
            || actor.organisationId() != application.round().programme().ownerId())) {
      throw new ConflictException(
          "DECISION-6",
          step.name() + " is decided by " + application.round().programme().ownerName());
    }
    boolean decidedAnother =
        chain.history().stream()
            .anyMatch(d -> d.decidedBy().equals(actor.username()) && d.stepId() != step.id());
    if (decidedAnother) {
      throw new ConflictException(
          "DECISION-7",
          "You have already decided another step of "
              + application.reference()
              + ": a different person must decide "
              + step.name());
    }
    if (assessments.declaredConflict(actor.username(), application.reference())) {
      throw new ConflictException(
          "DECISION-8",
          "You declared a conflict of interest on "
              + application.reference()
              + ", so you cannot decide it");
    }
  }

  /**
   * The applications waiting for this person to decide their next step: passed screening, ready for
   * a decision, the next step's role held by them, and none of the refusals of {@link #decide} for
   * the person (another step decided, a declared conflict, another CSP's programme).
   */
  @Transactional(readOnly = true)
  List<String> waitingFor(Actor actor) {
    List<String> waiting = new ArrayList<>();
    for (ApplicationView a : applications.visibleTo(actor, ApplicationStatus.ELIGIBLE)) {
      ChainView chain = chain(a);
      boolean mine = chain.next().stream().anyMatch(s -> mayDecide(actor, a, s.step(), chain));
      if (mine && assessments.notReadyForDecision(a.reference()) == null) {
        waiting.add(a.reference());
      }
    }
    return waiting;
  }

  private boolean mayDecide(
      Actor actor, ApplicationView application, StepView step, ChainView chain) {
    try {
      refuseWrongPerson(actor, application, step, chain);
      return true;
    } catch (ConflictException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Each year's reduced amount against the amount proposed for that year. */
  private static List<Money> reducedAmounts(
      List<Decision.YearAmount> typed, List<Money> current, Problems problems) {
    List<Money> amounts = new ArrayList<>();
    for (Decision.YearAmount y : typed) {
      int i = y.year();
      Money amount = y.amount();
      if (i >= current.size()) {
        problems.add(
            "amounts[" + i + "]",
            "Year " + (i + 1) + " was not asked for, so it cannot be approved");
        continue;
      }
      if (amount.isGreaterThan(current.get(i))) {
        problems.add(
            "amounts[" + i + "]",
            "Year "
                + (i + 1)
                + ": "
                + amount.format()
                + " is more than the "
                + current.get(i).format()
                + " proposed");
      }
      amounts.add(amount);
    }
    Money total = amounts.stream().reduce(Money.ZERO, Money::plus);
    Money before = current.stream().reduce(Money.ZERO, Money::plus);
    if (problems.isEmpty() && !before.isGreaterThan(total)) {
      problems.add(
          "amounts[0]", "A reduced amount must be less than the " + before.format() + " proposed");
    }
    return amounts;
  }

  private void refuseOverBudget(RoundView unlocked, Money total) {
    RoundView round = programmes.lockRound(unlocked.id());
    Money approved = applications.approvedInRound(round.id());
    Money after = approved.plus(total);
    if (after.isGreaterThan(round.budget())) {
      throw new ConflictException(
          "DECISION-10",
          "Approving "
              + total.format()
              + " would take "
              + round.name()
              + " to "
              + after.format()
              + ", over its budget of "
              + round.budget().format()
              + ": "
              + round.budget().minus(approved).format()
              + " is left");
    }
  }

  private void reject(ApplicationView application, String reasons, boolean email) {
    ApplicationView rejected =
        applications.recordDecision(application.reference(), false, null, null, reasons);
    if (!email) {
      return;
    }
    outbox.queue(
        rejected.contactEmail(),
        "Your application " + rejected.reference() + ": decision",
        letters.fill(
            "feedback-letter",
            Map.of(
                "reference", rejected.reference(),
                "contact", nonBlank(rejected.contactName(), "applicant"),
                "programme", rejected.round().programme().name(),
                "round", rejected.round().name(),
                "title", rejected.title(),
                "feedback", reasons)),
        "application",
        rejected.reference());
  }

  /** Creates the award across the programme's streams, year by year, and sends the offer. */
  private void award(
      ApplicationView application, ChainView chain, OffsetDateTime at, boolean email) {
    String conditions =
        String.join(
            "\n",
            chain.history().stream()
                .map(DecisionView::conditions)
                .filter(c -> c != null && !c.isBlank())
                .distinct()
                .toList());
    ApplicationView approved =
        applications.recordDecision(
            application.reference(), true, chain.total(), blankToNull(conditions), null);
    RoundView round = approved.round();
    List<AwardLineRequest> lines = lines(round, chain.amounts());
    LocalDate start = round.firstYear().start();
    LocalDate end = round.year(chain.amounts().size() - 1).end();
    String awardId = Slugs.of(approved.reference());
    awards.create(
        new AwardRequest(
                awardId,
                approved.organisationPublicId(),
                "GRANT",
                approved.title(),
                approved.summary(),
                round.programme().name(),
                "APPROVED",
                at.toLocalDate().toString(),
                start.toString(),
                end.toString(),
                approved.predecessorAward(),
                lines)
            .toCommand());
    applications.recordOffer(approved.reference(), awardId);
    LocalDate respondBy = at.toLocalDate().plusDays(DAYS_TO_RESPOND);
    String letter = offerLetter(approved, chain, awardId, respondBy, conditions);
    repository.insertOffer(approved.id(), awardId, letter, approved.contactEmail(), at, respondBy);
    if (!email) {
      return;
    }
    outbox.queue(
        approved.contactEmail(),
        "Grant offer: " + approved.reference(),
        letter,
        "application",
        approved.reference());
    audit.record(
        "offer.sent",
        "application",
        approved.reference(),
        "award " + awardId + " to " + approved.contactEmail());
  }

  /**
   * Splits each year's amount across the programme's streams for that year, in order, taking what
   * each has left; refuses if together they cannot pay for it.
   */
  private List<AwardLineRequest> lines(RoundView round, List<Money> amounts) {
    ProgrammeView programme = round.programme();
    List<AwardLineRequest> lines = new ArrayList<>();
    Map<Long, Money> takenHere = new LinkedHashMap<>();
    // What each stream has left is read under its lock, so two approvals cannot both take it.
    List<Long> every = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      programme.streamsFor(round.year(i)).forEach(ref -> every.add(ref.id()));
    }
    streams.lockForAllocation(every);
    for (int i = 0; i < amounts.size(); i++) {
      FinancialYear year = round.year(i);
      List<StreamRef> candidates = programme.streamsFor(year);
      if (candidates.isEmpty()) {
        throw new ConflictException(
            "DECISION-11",
            programme.name()
                + " has no funding stream for "
                + year
                + ": link that year's stream to the programme before approving");
      }
      Money needed = amounts.get(i);
      for (StreamRef ref : candidates) {
        if (!needed.isPositive()) {
          break;
        }
        FundingStreamView stream = streams.get(ref.id());
        Money take = needed;
        if (stream.amount() != null) {
          Money left =
              stream
                  .amount()
                  .minus(awards.allocatedFrom(stream.id()))
                  .minus(takenHere.getOrDefault(stream.id(), Money.ZERO));
          take = left.isGreaterThan(needed) ? needed : left;
        }
        if (take.isPositive()) {
          lines.add(
              new AwardLineRequest(stream.publicId(), year.toString(), "", take.plain(), null));
          takenHere.merge(stream.id(), take, Money::plus);
          needed = needed.minus(take);
        }
      }
      if (needed.isPositive()) {
        throw new ConflictException(
            "DECISION-12",
            "The funding streams of "
                + programme.name()
                + " for "
                + year
                + " have "
                + needed.format()
                + " too little left to pay "
                + amounts.get(i).format()
                + ": nothing has been approved");
      }
    }
    return lines;
  }

  private String offerLetter(
      ApplicationView a, ChainView chain, String awardId, LocalDate respondBy, String conditions) {
    StringBuilder amounts = new StringBuilder();
    for (int i = 0; i < chain.amounts().size(); i++) {
      amounts
          .append("  ")
          .append(a.round().year(i))
          .append(": ")
          .append(chain.amounts().get(i).format())
          .append('\n');
    }
    StringBuilder decisions = new StringBuilder("Decided by:\n");
    for (DecisionView d : chain.history()) {
      decisions
          .append("  ")
          .append(d.stepName())
          .append(": ")
          .append(d.deciderName())
          .append(", ")
          .append(
              d.decidedAt().atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate())
          .append('\n');
    }
    Map<String, String> values = new HashMap<>();
    values.put("reference", a.reference());
    values.put("contact", nonBlank(a.contactName(), "applicant"));
    values.put("organisation", a.organisationName());
    values.put("programme", a.round().programme().name());
    values.put("round", a.round().name());
    values.put("title", a.title());
    values.put("amounts", amounts.toString());
    values.put("total", chain.total().format());
    values.put("decisions", decisions.toString());
    values.put(
        "conditions",
        conditions == null || conditions.isBlank()
            ? "  None beyond the standard conditions."
            : conditions);
    values.put(
        "respondBy",
        respondBy.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    values.put("link", publicUrl + "/applications/" + a.reference());
    values.put("award", awardId);
    values.put("standardConditions", letters.fill("grant-conditions", Map.of()));
    return letters.fill("offer-letter", values);
  }

  @Transactional(readOnly = true)
  public OfferView offer(Actor actor, String reference) {
    ApplicationView application = applications.get(actor, reference);
    return repository
        .offer(application.id(), reference)
        .orElseThrow(() -> new NotFoundException("offer", reference));
  }

  /**
   * The applicant's answer to an offer: accepting makes the award active; declining ends it and
   * gives the money back to its streams. An officer may record an answer received on paper.
   */
  @Transactional
  public OfferView answerOffer(Actor actor, String reference, boolean accept) {
    ApplicationView application = applications.get(actor, reference);
    boolean ownOrganisation =
        actor.organisationId() != null && actor.organisationId() == application.organisationId();
    if (!ownOrganisation && !actor.has(Role.OFFICER) && !actor.has(Role.ADMIN)) {
      throw new ConflictException(
          "OFFER-3", "Only " + application.organisationName() + " can answer this offer");
    }
    OfferView offer = offer(actor, reference);
    if (!offer.answer().canMoveTo(OfferAnswer.given(accept))
        || !repository.answerOffer(
            application.id(), actor.username(), OffsetDateTime.now(clock), accept)) {
      throw new ConflictException("OFFER-2", "This offer has already been answered");
    }
    applications.recordOfferResponse(reference, accept);
    String by =
        ownOrganisation ? "by " + actor.displayName() : "recorded by " + actor.displayName();
    if (accept) {
      awards.moveStatus(offer.awardPublicId(), AwardStatus.ACTIVE, "offer accepted " + by);
    } else {
      awards.release(offer.awardPublicId(), "offer declined " + by);
    }
    audit.record(accept ? "offer.accepted" : "offer.declined", "application", reference, by);
    return offer(actor, reference);
  }

  /** The record published for an approved award. */
  @Transactional(readOnly = true)
  public DecisionRecord record(String reference) {
    ApplicationView application = applications.get(reference);
    if (!application.status().isApproved()) {
      throw new NotFoundException("decision record", reference);
    }
    ChainView chain = chain(application);
    Assessments.Summary summary = assessments.summary(reference);
    return new DecisionRecord(
        application,
        chain.history(),
        chain.amounts(),
        application.awardPublicId(),
        summary.assessorsScoring(),
        summary.meanScore(),
        summary.conflictsDeclared());
  }

  /** Every published decision record, newest first. */
  @Transactional(readOnly = true)
  public List<DecisionRecord> records() {
    return applications
        .visibleTo(new Actor("system", "system", java.util.Set.of(Role.OFFICER), null))
        .stream()
        .filter(a -> a.status().isApproved())
        .map(a -> record(a.reference()))
        .toList();
  }

  private static boolean approved(DecisionView d) {
    return d != null && d.outcome().approves();
  }

  private static boolean rejected(DecisionView d) {
    return d != null && d.outcome() == DecisionOutcome.REJECT;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String nonBlank(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }
}
