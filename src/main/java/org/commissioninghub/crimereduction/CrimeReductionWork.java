package org.commissioninghub.crimereduction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.commissioninghub.applications.ApplicationStatus;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.programmes.RoundWindow;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Crime Reduction Grant business cases waiting for someone, in the allocations not yet closed: for
 * a CSP lead, their own partnership's cases still in draft (due by the round's closing date); for
 * an officer, the cases submitted and waiting for a decision. Links to the allocation's page when
 * the cases are all in one, else to the list of allocations.
 */
@Component
class CrimeReductionWork implements WorkWaiting {

  private final CrimeReductionGrants grants;
  private final Applications applications;

  CrimeReductionWork(CrimeReductionGrants grants, Applications applications) {
    this.grants = grants;
    this.applications = applications;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    List<Work> work = new ArrayList<>();
    if (actor.has(Role.CSP_LEAD) && actor.organisationId() != null) {
      work.add(
          waiting(
              actor,
              today,
              a -> a.status() == ApplicationStatus.DRAFT,
              "Crime Reduction Grant business case in draft, not yet submitted",
              "Crime Reduction Grant business cases in draft, not yet submitted",
              true));
    }
    if (actor.has(Role.OFFICER)) {
      work.add(
          waiting(
              actor,
              today,
              a -> a.status().isUndecided(),
              "Crime Reduction Grant business case submitted and waiting for a decision",
              "Crime Reduction Grant business cases submitted and waiting for a decision",
              false));
    }
    return work;
  }

  private Work waiting(
      Actor actor,
      LocalDate today,
      Predicate<ApplicationView> waits,
      String one,
      String many,
      boolean dueByClosing) {
    int count = 0;
    Set<Long> allocations = new LinkedHashSet<>();
    LocalDate due = null;
    for (AllocationView allocation : grants.list(actor)) {
      if (allocation.closed()) {
        continue;
      }
      for (long round : List.of(allocation.upfrontRound().id(), allocation.tacticalRound().id())) {
        for (ApplicationView c : applications.inRound(round)) {
          if (!waits.test(c)) {
            continue;
          }
          count++;
          allocations.add(allocation.id());
          LocalDate closes =
              c.round().window().closes().withZoneSameInstant(RoundWindow.UK).toLocalDate();
          if (due == null || closes.isBefore(due)) {
            due = closes;
          }
        }
      }
    }
    String href =
        allocations.size() == 1
            ? "/crime-reduction/" + allocations.iterator().next()
            : "/crime-reduction";
    String label = count == 1 ? one : many;
    return dueByClosing
        ? Work.due("Crime Reduction Grant", label, count, href, due, today)
        : Work.of("Crime Reduction Grant", label, count, href);
  }
}
