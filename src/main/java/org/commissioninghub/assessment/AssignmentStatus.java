package org.commissioninghub.assessment;

import java.util.Set;

/** Where one assessor's work on one application is. */
public enum AssignmentStatus {
  AWAITING_DECLARATION("Waiting for conflict declaration"),
  CONFLICTED("Stood aside: conflict of interest"),
  SCORING("Scoring"),
  COMPLETED("Scores submitted");

  private final String label;

  AssignmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether an assignment may move from this status to that one: the one table of moves. The
   * declaration comes first (a conflict ends the assignment); scores are then submitted once.
   */
  public boolean canMoveTo(AssignmentStatus to) {
    return next().contains(to);
  }

  private Set<AssignmentStatus> next() {
    return switch (this) {
      case AWAITING_DECLARATION -> Set.of(CONFLICTED, SCORING);
      case SCORING -> Set.of(COMPLETED);
      case CONFLICTED, COMPLETED -> Set.of();
    };
  }
}
