package org.commissioninghub.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/** One assessor's assignment to one application, with any scores given. */
public record AssignmentView(
    long id,
    String reference,
    String assessor,
    String assignedBy,
    OffsetDateTime assignedAt,
    AssignmentStatus status,
    OffsetDateTime completedAt,
    String overallComment,
    List<ScoreView> scores) {

  /** A score for one criterion, with the assessor's reason. */
  public record ScoreView(
      long criterionId, String criterion, int score, int scaleMax, int weight, String comment) {}

  /** The weighted score out of 100: each criterion counts in proportion to its weight. */
  public double weightedScore() {
    int totalWeight = scores.stream().mapToInt(ScoreView::weight).sum();
    if (totalWeight == 0) {
      return 0;
    }
    double sum = 0;
    for (ScoreView s : scores) {
      sum += (double) s.score() / s.scaleMax() * s.weight();
    }
    return Math.round(sum / totalWeight * 1000) / 10.0;
  }
}
