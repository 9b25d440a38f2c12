package org.commissioninghub.decisions;

/** What one step of the approval chain decided. */
public enum DecisionOutcome {
  APPROVE("Approve in full", "Recommend in full"),
  APPROVE_REDUCED("Approve a reduced amount", "Recommend a reduced amount"),
  REJECT("Reject", "Do not recommend"),
  DEFER("Defer", "Defer");

  private final String label;
  private final String recommendLabel;

  DecisionOutcome(String label, String recommendLabel) {
    this.label = label;
    this.recommendLabel = recommendLabel;
  }

  public String label() {
    return label;
  }

  /** The words for a step that recommends rather than approves. */
  public String recommendLabel() {
    return recommendLabel;
  }

  public boolean approves() {
    return this == APPROVE || this == APPROVE_REDUCED;
  }
}
