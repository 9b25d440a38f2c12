package org.commissioninghub.crimereduction;

/** Where a CSP's allocation is: open for business cases, or closed with its underspend. */
public enum AllocationStatus {
  OPEN("open"),
  CLOSED("closed");

  private final String label;

  AllocationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status of an allocation: closed once its year is closed. */
  public static AllocationStatus of(AllocationView allocation) {
    return allocation.closed() ? CLOSED : OPEN;
  }

  /** Whether an allocation may move from this status to that one: only open to closed, once. */
  public boolean canMoveTo(AllocationStatus to) {
    return this == OPEN && to == CLOSED;
  }
}
