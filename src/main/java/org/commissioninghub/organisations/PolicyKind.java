package org.commissioninghub.organisations;

/** A policy funders ask an applicant to hold, named as on a funder's checklist. */
public enum PolicyKind {
  SAFEGUARDING("Safeguarding"),
  EQUALITY("Equality, diversity and inclusion"),
  DATA_PROTECTION("Data protection"),
  HEALTH_AND_SAFETY("Health and safety"),
  COMPLAINTS("Complaints"),
  WHISTLEBLOWING("Whistleblowing");

  private final String label;

  PolicyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
