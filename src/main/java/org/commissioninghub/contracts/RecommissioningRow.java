package org.commissioninghub.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * One active contract on the re-commissioning board: its ends, the next extension decision, the
 * stage it should be in today against the stage recorded, and what is overdue.
 */
public record RecommissioningRow(
    ContractView contract,
    ContractTerm term,
    RecommissioningPlan plan,
    RecommissioningStage expectedStage,
    RecommissioningStage recordedStage,
    RecommissioningPlan.Step nextStep,
    List<String> overdue,
    LocalDate urgentOn) {

  public boolean isOverdue() {
    return !overdue.isEmpty();
  }

  /** Whether the recorded stage is behind the stage the timeline expects today. */
  public boolean behind() {
    return recordedStage.ordinal() < expectedStage.ordinal();
  }
}
