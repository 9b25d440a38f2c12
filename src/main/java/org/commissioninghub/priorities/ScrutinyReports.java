package org.commissioninghub.priorities;

import org.commissioninghub.shared.FinancialYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the scrutiny report together: the action plans and each priority's context. */
@Service
public class ScrutinyReports {

  private final ActionPlans actions;
  private final PriorityContexts contexts;

  ScrutinyReports(ActionPlans actions, PriorityContexts contexts) {
    this.actions = actions;
    this.contexts = contexts;
  }

  @Transactional(readOnly = true)
  public ScrutinyReport of(FinancialYear year) {
    return actions.scrutiny(year).withContexts(contexts.latest(year));
  }
}
