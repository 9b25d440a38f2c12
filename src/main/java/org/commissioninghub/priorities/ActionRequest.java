package org.commissioninghub.priorities;

import static org.commissioninghub.priorities.Inputs.trim;

import java.time.LocalDate;
import org.commissioninghub.shared.Dates;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Problems;

/** An action of a CSA priority for a year, as typed or imported. */
public record ActionRequest(
    String plan,
    String priority,
    String year,
    String title,
    String owner,
    String partners,
    String targetDate,
    String status,
    String yearEndSummary) {

  /** The action as domain types, or every problem with its shape at once (ACTIONS-1). */
  public ActionCommand toCommand() {
    Problems problems = new Problems();
    FinancialYear fy = problems.parse("year", year, FinancialYear::parse);
    String text = problems.text("title", title, "Describe the action", 1000);
    LocalDate target = Dates.parseOptional(problems, "targetDate", targetDate);
    ActionStatus chosen = ActionStatus.parse(problems, status);
    problems.throwIfAny("ACTIONS-1");
    return new ActionCommand(
        plan == null ? "" : plan.strip(),
        priority == null ? "" : priority.strip(),
        fy,
        text,
        trim(owner),
        trim(partners),
        target,
        chosen,
        trim(yearEndSummary));
  }
}
