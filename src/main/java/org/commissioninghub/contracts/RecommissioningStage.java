package org.commissioninghub.contracts;

/** The stages of re-commissioning a service before its contract finally ends, in order. */
public enum RecommissioningStage {
  NOT_STARTED("Not started", 0),
  PREPARATION("Started: needs analysis and business case", 18),
  MARKET_ENGAGEMENT("Market engagement", 15),
  TENDER("Tender", 12),
  AWARD("Evaluation and award", 6),
  MOBILISATION("Mobilisation", 3),
  COMPLETE("New service in place", 0);

  private final String label;
  private final int monthsBeforeEndAtDefaultLead;

  RecommissioningStage(String label, int monthsBeforeEndAtDefaultLead) {
    this.label = label;
    this.monthsBeforeEndAtDefaultLead = monthsBeforeEndAtDefaultLead;
  }

  public String label() {
    return label;
  }

  /**
   * How many months before the final end this stage starts, for a lead time of 18 months; a
   * contract with another lead time scales these in proportion (see {@link RecommissioningPlan}).
   */
  int monthsBeforeEndAtDefaultLead() {
    return monthsBeforeEndAtDefaultLead;
  }
}
