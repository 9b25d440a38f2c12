package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The re-commissioning timeline of one contract, counted back from its final possible end.
 *
 * <p>With the default lead of 18 months: start (needs analysis, business case) 18 months before the
 * end, market engagement 15, tender 12, evaluation and award 6, mobilisation 3, and the new service
 * from the day after the end. Another lead time scales every offset in proportion (rounded to whole
 * months), so a 12-month lead starts market engagement 10 months before.
 */
public record RecommissioningPlan(LocalDate finalEnd, int leadMonths, List<Step> steps) {

  public static final int DEFAULT_LEAD_MONTHS = 18;

  /** One stage and the day it should start. */
  public record Step(RecommissioningStage stage, LocalDate startsOn) {}

  public static RecommissioningPlan of(LocalDate finalEnd, int leadMonths) {
    if (finalEnd == null) {
      return new RecommissioningPlan(null, leadMonths, List.of());
    }
    List<Step> steps = new ArrayList<>();
    LocalDate dayAfterEnd = finalEnd.plusDays(1);
    for (RecommissioningStage stage : RecommissioningStage.values()) {
      if (stage == RecommissioningStage.NOT_STARTED) {
        continue;
      }
      if (stage == RecommissioningStage.COMPLETE) {
        steps.add(new Step(stage, dayAfterEnd));
        continue;
      }
      long months =
          Math.round(
              (double) leadMonths
                  * stage.monthsBeforeEndAtDefaultLead()
                  / (double) DEFAULT_LEAD_MONTHS);
      steps.add(new Step(stage, dayAfterEnd.minusMonths(months)));
    }
    return new RecommissioningPlan(finalEnd, leadMonths, List.copyOf(steps));
  }

  /** The stage the work should be in on the day: the last stage that has started by then. */
  public RecommissioningStage expectedOn(LocalDate day) {
    RecommissioningStage expected = RecommissioningStage.NOT_STARTED;
    for (Step step : steps) {
      if (!step.startsOn().isAfter(day)) {
        expected = step.stage();
      }
    }
    return expected;
  }

  /** The day a stage should start, or null when there is no final end to count back from. */
  public LocalDate startOf(RecommissioningStage stage) {
    return steps.stream()
        .filter(s -> s.stage() == stage)
        .map(Step::startsOn)
        .findFirst()
        .orElse(null);
  }

  /** The next stage to start after the day, if any. */
  public Step nextAfter(LocalDate day) {
    return steps.stream().filter(s -> s.startsOn().isAfter(day)).findFirst().orElse(null);
  }
}
