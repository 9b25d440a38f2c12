package org.commissioninghub.priorities;

/** The priority frameworks the office and the partnerships work to. */
public enum PlanKind {
  POLICE_AND_CRIME_PLAN("Police and Crime Plan"),
  COMMUNITY_SAFETY_AGREEMENT("Community Safety Agreement");

  private final String label;

  PlanKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
