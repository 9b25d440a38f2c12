package org.commissioninghub.contracts;

/** Where a contract is in its life. */
public enum ContractStatus {
  PLANNED("Planned"),
  ACTIVE("Active"),
  EXTENDED("Extended"),
  ENDED("Ended");

  private final String label;

  ContractStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
