package org.commissioninghub.decisions;

import java.util.List;
import org.commissioninghub.programmes.ProgrammeView.StepView;
import org.commissioninghub.shared.Money;

/**
 * Where an application is in its programme's approval chain: the steps that apply to the amount now
 * proposed, each with its latest decision, and the steps that may be decided next.
 */
public record ChainView(
    List<Money> amounts, List<StepState> steps, List<DecisionView> history, boolean complete) {

  public Money total() {
    return amounts.stream().reduce(Money.ZERO, Money::plus);
  }

  public List<StepState> next() {
    return steps.stream().filter(StepState::isNext).toList();
  }

  /** One step with its latest decision (or none) and whether it may be decided now. */
  public record StepState(StepView step, DecisionView latest, boolean isNext) {

    public boolean approved() {
      return latest != null && latest.outcome().approves();
    }

    public boolean rejected() {
      return latest != null && latest.outcome() == DecisionOutcome.REJECT;
    }
  }
}
