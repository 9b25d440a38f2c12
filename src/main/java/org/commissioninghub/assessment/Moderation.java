package org.commissioninghub.assessment;

import java.util.List;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.shared.Money;

/**
 * The moderation view of a round: for each application, every assessor's scores side by side, the
 * spread, and flags where one assessor is far from the others; then the ranked list against the
 * budget.
 */
public record Moderation(List<Row> rows, Money budget, Money approved) {

  /**
   * How far, as a share of the scale, one score may sit from the others' mean before it is flagged.
   */
  static final double OUTLIER_SHARE = 0.3;

  /** One application in score order, with whether it fits in what is left of the budget. */
  public record Row(
      int rank,
      ApplicationView application,
      List<AssignmentView> assessments,
      List<CriterionSpread> spreads,
      Double meanScore,
      Money cumulative,
      boolean fitsBudget) {

    public boolean hasOutlier() {
      return spreads.stream().anyMatch(s -> !s.outliers().isEmpty());
    }
  }

  /** The scores given on one criterion, their spread, and the assessors whose score stands out. */
  public record CriterionSpread(
      String criterion, int scaleMax, List<Integer> scores, int spread, List<String> outliers) {}
}
