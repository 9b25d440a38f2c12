package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.trim;

import org.commissioninghub.shared.Problems;

/** An in-year update of an action as posted: its status, what happened, the year-end summary. */
public record ActionUpdateRequest(String status, String note, String yearEndSummary) {

  /** The update as domain types, or every problem with its shape at once (ACTIONS-2). */
  public ActionUpdate toCommand() {
    Problems problems = new Problems();
    ActionStatus chosen = ActionStatus.parse(problems, status);
    if (note != null && note.strip().length() > 4000) {
      problems.add("note", "Use 4000 characters or fewer");
    }
    problems.throwIfAny("ACTIONS-2");
    return new ActionUpdate(chosen, trim(note), trim(yearEndSummary));
  }
}
