package org.commissioninghub.priorities;

import java.util.EnumSet;
import java.util.Set;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Problems;

/** Where an action stands; the year-end status the scrutiny report shows. */
public enum ActionStatus {
  NOT_STARTED("Not started", "govuk-tag--grey"),
  IN_PROGRESS("In progress", "govuk-tag--blue"),
  ONGOING("Ongoing", "govuk-tag--turquoise"),
  DELAYED("Delayed", "govuk-tag--orange"),
  COMPLETE("Complete", "govuk-tag--green");

  private final String label;
  private final String tagClass;

  ActionStatus(String label, String tagClass) {
    this.label = label;
    this.tagClass = tagClass;
  }

  public String label() {
    return label;
  }

  public String tagClass() {
    return tagClass;
  }

  /** An action that is not complete may be carried into the next year's plan. */
  public boolean unfinished() {
    return this != COMPLETE;
  }

  /**
   * Whether an update may move an action from this status to that one: the one table of moves. An
   * update may keep the status (it says what happened); an action that has started never goes back
   * to not started, though a completed one may be reopened.
   */
  public boolean canMoveTo(ActionStatus to) {
    return next().contains(to);
  }

  private Set<ActionStatus> next() {
    return switch (this) {
      case NOT_STARTED -> EnumSet.allOf(ActionStatus.class);
      case IN_PROGRESS, ONGOING, DELAYED, COMPLETE ->
          EnumSet.of(IN_PROGRESS, ONGOING, DELAYED, COMPLETE);
    };
  }

  /** The status chosen, with the problem added when none is chosen or it is not one of these. */
  static ActionStatus parse(Problems problems, String text) {
    if (text == null || text.isBlank()) {
      problems.add("status", "Choose the action’s status");
      return null;
    }
    return problems.parse(
        "status", text, t -> Codes.parse(ActionStatus.class, t, "status of an action"));
  }
}
