package org.commissioninghub.monitoring;

/** Where a return is: owed, being filled in, signed off by the provider, or accepted. */
public enum ReturnStatus {
  DUE("Due"),
  DRAFT("Being filled in"),
  CERTIFIED("Certified, waiting for the commissioner"),
  SENT_BACK("Sent back"),
  ACCEPTED("Accepted");

  private final String label;

  ReturnStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the provider still owes the commissioner something for this return. */
  public boolean owed() {
    return this == DUE || this == DRAFT || this == SENT_BACK;
  }
}
