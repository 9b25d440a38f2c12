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
}
