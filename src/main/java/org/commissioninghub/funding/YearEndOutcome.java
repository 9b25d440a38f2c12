package org.commissioninghub.funding;

/** What is done at year end with money a line or stream did not spend, or overspent. */
public enum YearEndOutcome {
  CARRY_FORWARD("Carried forward to next year"),
  TO_RESERVES("Transferred to reserves"),
  RETURN_TO_FUNDER("Returned to the funder"),
  FROM_RESERVES("Overspend covered from reserves");

  private final String label;

  YearEndOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the outcome disposes of an underspend (rather than covering an overspend). */
  public boolean disposesOfUnderspend() {
    return this != FROM_RESERVES;
  }
}
