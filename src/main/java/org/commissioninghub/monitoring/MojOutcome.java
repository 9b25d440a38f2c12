package org.commissioninghub.monitoring;

/** The Ministry of Justice's outcomes for victim services, which funded services report. */
public enum MojOutcome {
  HEALTH_AND_WELLBEING("Improved health and wellbeing"),
  COPE_AND_RECOVER("Better able to cope and recover"),
  SAFETY("Increased feelings of safety"),
  INFORMED_AND_EMPOWERED("Better informed and empowered to act"),
  SATISFACTION("Satisfaction with the service");

  private final String label;

  MojOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
