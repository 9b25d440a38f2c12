package org.commissioninghub.monitoring;

/** The ways the year's figures are added up. */
public enum AggregateScope {
  ALL_VICTIM_SERVICES("All victim services"),
  ALL_SERVICES("All monitored services"),
  SPECIALISM("Specialism"),
  FUNDING_STREAM("Funding stream"),
  PROGRAMME("Programme"),
  PROVIDER("Provider"),
  SERVICE("Service");

  private final String label;

  AggregateScope(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
