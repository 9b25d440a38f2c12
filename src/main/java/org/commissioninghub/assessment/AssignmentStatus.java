package org.commissioninghub.assessment;

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
}
