package org.commissioninghub.decisions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.Codes;
import org.commissioninghub.shared.Money;
import org.commissioninghub.shared.Problems;

/**
 * One step's decision as typed on the page and sent as the API's JSON body; {@link #toCommand()}
 * checks its shape.
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

  /**
   * Checks the shape (the outcome, the reasons, a reduced amount for each year typed, the date of a
   * past decision), naming every field at fault.
   */
  public Decision toCommand() {
    Problems problems = new Problems();
    DecisionOutcome parsed = null;
    if (outcome == null || outcome.isBlank()) {
      problems.add(
          "outcome", "Choose the decision: approve, approve a reduced amount, reject or defer");
    } else {
      parsed =
          problems.parse(
              "outcome", outcome, v -> Codes.parse(DecisionOutcome.class, v, "decision"));
    }
    problems.required("reasons", reasons, "Give the reasons for this decision");
    List<Decision.YearAmount> reduced =
        parsed == DecisionOutcome.APPROVE_REDUCED ? reducedAmounts(problems) : List.of();
    LocalDate on = null;
    if (decidedOn != null && !decidedOn.isBlank()) {
      try {
        on = LocalDate.parse(decidedOn.strip());
      } catch (DateTimeParseException e) {
        problems.add("decidedOn", "Enter the date the decision was made, like 2018-10-25");
      }
    }
    problems.throwIfAny("DECISION-5");
    String kept = conditions == null || conditions.isBlank() ? null : conditions.strip();
    return new Decision(step, parsed, reduced, kept, reasons.strip(), on);
  }

  private List<Decision.YearAmount> reducedAmounts(Problems problems) {
    List<Decision.YearAmount> reduced = new ArrayList<>();
    if (amounts == null || amounts.stream().allMatch(t -> t == null || t.isBlank())) {
      problems.add("amounts[0]", "Enter the reduced amount for each year");
      return reduced;
    }
    for (int i = 0; i < amounts.size(); i++) {
      String text = amounts.get(i);
      if (text == null || text.isBlank()) {
        continue;
      }
      Money amount = problems.money("amounts[" + i + "]", text);
      if (amount != null && !amount.isPositive()) {
        problems.add(
            "amounts[" + i + "]", "Year " + (i + 1) + ": the amount must be more than £0.00");
      } else if (amount != null) {
        reduced.add(new Decision.YearAmount(i, amount));
      }
    }
    return reduced;
  }
}
