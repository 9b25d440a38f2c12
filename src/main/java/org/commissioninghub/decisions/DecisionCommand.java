package org.commissioninghub.decisions;

import java.util.List;

/**
 * One step's decision as typed.
 *
 * @param step the id of the approval step being decided
 * @param outcome APPROVE, APPROVE_REDUCED, REJECT or DEFER
 * @param amounts for a reduced amount, the amount for each year of the bid, first year first
 * @param decidedOn for a decision made in the past and recorded now (e.g. a past round brought in),
 *     the date it was made; no email is sent for it. Blank for a decision made now.
 */
public record DecisionCommand(
    Long step,
    String outcome,
    List<String> amounts,
    String conditions,
    String reasons,
    String decidedOn) {

  /** A decision made now. */
  public DecisionCommand(
      Long step, String outcome, List<String> amounts, String conditions, String reasons) {
    this(step, outcome, amounts, conditions, reasons, null);
  }
}
