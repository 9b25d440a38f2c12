package org.commissioninghub.contracts;

/** How often a provider is paid under a contract. */
public enum PaymentFrequency {
  MONTHLY("Monthly"),
  QUARTERLY("Quarterly"),
  SIX_MONTHLY("Six-monthly"),
  ANNUALLY("Annually"),
  ON_MILESTONES("On milestones");

  private final String label;

  PaymentFrequency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
