package org.commissioninghub.decisions;

import java.time.OffsetDateTime;
import java.util.List;
import org.commissioninghub.shared.Money;

/** One recorded decision: who decided which step, when, what, and why. */
public record DecisionView(
    long id,
    long stepId,
    String stepName,
    String decidedBy,
    String deciderName,
    OffsetDateTime decidedAt,
    DecisionOutcome outcome,
    List<Money> amounts,
    String conditions,
    String reasons) {}
