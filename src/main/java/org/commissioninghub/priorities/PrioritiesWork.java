package org.commissioninghub.priorities;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.Role;
import org.commissioninghub.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * A CSP lead's work: their partnership's community safety actions not yet complete whose target
 * date has passed or falls within the next few weeks, linking to the action plan of the year of the
 * soonest one.
 */
@Component
class PrioritiesWork implements WorkWaiting {

  /** How far ahead an action's target date counts as near. */
  static final int NEAR_DAYS = 30;

  private final ActionRepository actions;

  PrioritiesWork(ActionRepository actions) {
    this.actions = actions;
  }

  @Override
  public List<Work> of(Actor actor, LocalDate today) {
    if (!actor.has(Role.CSP_LEAD) || actor.organisationId() == null) {
      return List.of();
    }
    List<ActionRepository.DueAction> due =
        actions.unfinishedDueBy(actor.organisationId(), today.plusDays(NEAR_DAYS));
    if (due.isEmpty()) {
      return List.of();
    }
    ActionRepository.DueAction first = due.get(0);
    String label =
        due.size() == 1
            ? "community safety action not completed and due soon or past due"
            : "community safety actions not completed and due soon or past due";
    return List.of(
        Work.due(
            "Community safety",
            label,
            due.size(),
            "/priorities/action-plans?year=" + first.year().label(),
            first.targetDate(),
            today));
  }
}
