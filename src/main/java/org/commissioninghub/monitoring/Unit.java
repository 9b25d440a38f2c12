package org.commissioninghub.monitoring;

/** What a measure counts. */
public enum Unit {
  COUNT("people or things"),
  PERCENT("%"),
  MONEY("£"),
  DAYS("days"),
  SESSIONS("sessions"),
  /** Survey scores added up over the people scored, so averages can be computed exactly. */
  SCORE("points");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
