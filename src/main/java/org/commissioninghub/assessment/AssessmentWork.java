package org.commissioninghub.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Assessment work for the home page: an assessor's applications to declare conflicts on and to
 * score; an officer's submitted applications waiting to be screened.
 */
@Component
class AssessmentWork implements WorkWaiting {

  static final String SECTION = "Assessment";

  private final AssessmentRepository repository;

  AssessmentWork(AssessmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    List<Work> work = new ArrayList<>();
    if (actor.has(Role.ASSESSOR)) {
      int declare =
          repository.assignmentsIn(actor.username(), AssignmentStatus.AWAITING_DECLARATION);
      work.add(
          Work.of(
              SECTION,
              applications(declare) + " waiting for your conflict of interest declaration",
              declare,
              "/assessments"));
      int score = repository.assignmentsIn(actor.username(), AssignmentStatus.SCORING);
      work.add(Work.of(SECTION, applications(score) + " to score", score, "/assessments"));
    }
    if (actor.has(Role.OFFICER)) {
      int screen = repository.awaitingScreening();
      work.add(
          Work.of(
              SECTION,
              applications(screen) + " submitted and waiting for screening",
              screen,
              "/applications"));
    }
    return work;
  }

  private static String applications(int count) {
    return count == 1 ? "application" : "applications";
  }
}
