package org.commissioninghub.awards;

/** Whether the money goes out as a grant, as payment under a procured contract, or is kept. */
public enum AwardKind {
  GRANT("Grant"),
  CONTRACT("Contract"),
  /** The commissioner's own costs charged to a grant, e.g. commissioning staff: not a grant out. */
  INTERNAL_COST("Internal cost");

  private final String label;

  AwardKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
