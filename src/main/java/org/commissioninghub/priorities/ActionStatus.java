package org.commissioninghub.priorities;

/** Where an action stands; the year-end status the scrutiny report shows. */
public enum ActionStatus {
  NOT_STARTED("Not started", "govuk-tag--grey"),
  IN_PROGRESS("In progress", "govuk-tag--blue"),
  ONGOING("Ongoing", "govuk-tag--turquoise"),
  DELAYED("Delayed", "govuk-tag--orange"),
  COMPLETE("Complete", "govuk-tag--green");

  private final String label;
  private final String tagClass;

  ActionStatus(String label, String tagClass) {
    this.label = label;
    this.tagClass = tagClass;
  }

  public String label() {
    return label;
  }

  public String tagClass() {
    return tagClass;
  }

  /** An action that is not complete may be carried into the next year's plan. */
  public boolean unfinished() {
    return this != COMPLETE;
  }
}
