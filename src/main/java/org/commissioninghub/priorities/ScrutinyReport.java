package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.shared.FinancialYear;

/**
 * The "CSA action plan and performance summary" the Crime and Disorder Committee scrutinises: for
 * each priority of the agreement, the year's actions with their year-end status and the next year's
 * plan in progress; with the strategic-assessment table and the agreement's priorities and themes.
 *
 * @param agreement the version in force as the next year starts, whose priorities are reported
 */
public record ScrutinyReport(
    FinancialYear year,
    PlanView agreement,
    List<PriorityActions> priorities,
    StrategicAssessmentTable assessments,
    java.util.Map<String, PriorityContext> contexts) {

  /** The priority's context for the year, or null when none is written. */
  public PriorityContext context(String priority) {
    return contexts.get(priority);
  }

  ScrutinyReport withContexts(java.util.Map<String, PriorityContext> contexts) {
    return new ScrutinyReport(year, agreement, priorities, assessments, contexts);
  }

  public record PriorityActions(
      String priority, String lead, List<ActionView> year, List<ActionView> next) {

    public long complete() {
      return year.stream().filter(a -> a.status() == ActionStatus.COMPLETE).count();
    }
  }
}
