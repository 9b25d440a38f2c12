package org.commissioninghub.contracts;

/** Whether an extension beyond the contract's options has been approved by a second person. */
public enum ExceptionApproval {
  NOT_NEEDED("Not needed"),
  AWAITING("Awaiting approval"),
  APPROVED("Approved"),
  REFUSED("Refused");

  private final String label;

  ExceptionApproval(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether an extension decision's approval may move from this to that: the one table of moves.
   * Only an exception awaiting approval is answered, once, by approving or refusing it.
   */
  public boolean canMoveTo(ExceptionApproval to) {
    return this == AWAITING && (to == APPROVED || to == REFUSED);
  }
}
