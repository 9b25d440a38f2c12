package org.commissioninghub.awards;

/** Whether the money goes out as a grant or as payment under a procured contract. */
public enum AwardKind {
  GRANT("Grant"),
  CONTRACT("Contract");

  private final String label;

  AwardKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
