package org.commissioninghub.contracts;

/** What was decided about an extension option. */
public enum ExtensionOutcome {
  EXTEND("Extend"),
  DO_NOT_EXTEND("Do not extend");

  private final String label;

  ExtensionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
