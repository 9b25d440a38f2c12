package org.commissioninghub.monitoring;

/** What a measure counts. */
public enum Unit {
  COUNT("people or things"),
  PERCENT("%"),
  MONEY("£"),
  DAYS("days"),
  SESSIONS("sessions");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
