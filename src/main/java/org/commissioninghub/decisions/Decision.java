package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.Money;

/**
 * One step's decision, its shape checked ({@link DecisionCommand#toCommand()}): what remains to
 * check is the application's state, the step, the person and the amounts against the bid.
 *
 * @param amounts for a reduced amount, each year's amount typed (years left blank are left out);
 *     empty for any other outcome
 * @param conditions the conditions, or null
 * @param decidedOn the date a decision made in the past was made, or null for a decision made now
 */
public record Decision(
    Long step,
    DecisionOutcome outcome,
    List<YearAmount> amounts,
    String conditions,
    String reasons,
    LocalDate decidedOn) {

  /** The amount approved for one year of the bid, year 0 first. */
  public record YearAmount(int year, Money amount) {}

  /** Whether this decision was made in the past and is being recorded now. */
  boolean recordingPast() {
    return decidedOn != null;
  }
}
