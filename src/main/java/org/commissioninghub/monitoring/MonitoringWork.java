package org.commissioninghub.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Monitoring work for the home page: an officer's certified returns to review; a provider's (or CSP
 * lead's) own returns still to send and those sent back to correct.
 */
@Component
class MonitoringWork implements WorkWaiting {

  static final String SECTION = "Monitoring returns";

  private final ReturnRepository returns;

  MonitoringWork(ReturnRepository returns) {
    this.returns = returns;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    List<Work> work = new ArrayList<>();
    if (actor.has(Role.OFFICER)) {
      ReturnRepository.Waiting certified =
          returns.waiting(null, List.of(ReturnStatus.CERTIFIED.name()));
      work.add(
          Work.of(
              SECTION,
              plural(certified.count(), "return certified", "returns certified")
                  + " and waiting for your review",
              certified.count(),
              "/monitoring"));
    }
    if (actor.isScoped() && actor.organisationId() != null) {
      ReturnRepository.Waiting due =
          returns.waiting(
              actor.organisationId(), List.of(ReturnStatus.DUE.name(), ReturnStatus.DRAFT.name()));
      work.add(
          Work.due(
              SECTION,
              plural(due.count(), "return", "returns") + " to send",
              due.count(),
              "/monitoring",
              due.earliestDue(),
              today));
      ReturnRepository.Waiting sentBack =
          returns.waiting(actor.organisationId(), List.of(ReturnStatus.SENT_BACK.name()));
      work.add(
          Work.due(
              SECTION,
              plural(sentBack.count(), "return", "returns") + " sent back to you to correct",
              sentBack.count(),
              "/monitoring",
              sentBack.earliestDue(),
              today));
    }
    return work;
  }

  private static String plural(int count, String one, String many) {
    return count == 1 ? one : many;
  }
}
