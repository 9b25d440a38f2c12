package org.commissioninghub.monitoring;

/** The officer's red, amber or green rating of a quarter's delivery, always given with a reason. */
public enum Rag {
  RED("Red", "govuk-tag--red"),
  AMBER("Amber", "govuk-tag--orange"),
  GREEN("Green", "govuk-tag--green");

  private final String label;
  private final String tagClass;

  Rag(String label, String tagClass) {
    this.label = label;
    this.tagClass = tagClass;
  }

  public String label() {
    return label;
  }

  public String tagClass() {
    return tagClass;
  }
}
