package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Decisions work: for a decider, the applications waiting at their step; for an officer, last
 * year's grants with no continuation offered yet for the coming year; for a provider, the grant
 * offers and continuation offers made to their organisation that wait for their answer.
 */
@Component
class DecisionWork implements WorkWaiting {

  static final String SECTION = "Decisions";

  private final Decisions decisions;
  private final Continuations continuations;
  private final DecisionRepository decisionRepository;
  private final ContinuationRepository continuationRepository;

  DecisionWork(
      Decisions decisions,
      Continuations continuations,
      DecisionRepository decisionRepository,
      ContinuationRepository continuationRepository) {
    this.decisions = decisions;
    this.continuations = continuations;
    this.decisionRepository = decisionRepository;
    this.continuationRepository = continuationRepository;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    List<Work> work = new ArrayList<>();
    if (actor.has(Role.APPROVER) || actor.has(Role.CSP_LEAD)) {
      int n = decisions.waitingFor(actor).size();
      work.add(
          Work.of(
              SECTION,
              n == 1
                  ? "application waiting for your decision"
                  : "applications waiting for your decision",
              n,
              "/applications"));
    }
    if (actor.has(Role.OFFICER)) {
      // The year the continuations page opens on: the coming financial year.
      FinancialYear year = FinancialYear.containing(today).next();
      int n =
          (int)
              continuations.candidates(year).stream().filter(c -> c.continuation() == null).count();
      work.add(
          Work.of(
              SECTION,
              (n == 1 ? "grant" : "grants")
                  + " from last year with no continuation decided for "
                  + year.label(),
              n,
              "/continuations"));
    }
    if (actor.has(Role.PROVIDER) && actor.organisationId() != null) {
      DecisionRepository.Waiting offers =
          decisionRepository.offersAwaitingAnswer(actor.organisationId());
      work.add(
          Work.due(
              SECTION,
              offers.count() == 1
                  ? "grant offer waiting for your answer"
                  : "grant offers waiting for your answer",
              offers.count(),
              "/applications",
              offers.earliest(),
              today));
      DecisionRepository.Waiting continued =
          continuationRepository.awaitingAnswer(actor.organisationId());
      work.add(
          Work.due(
              SECTION,
              continued.count() == 1
                  ? "continuation offer waiting for your answer"
                  : "continuation offers waiting for your answer",
              continued.count(),
              "/continuations",
              continued.earliest(),
              today));
    }
    return work;
  }
}
