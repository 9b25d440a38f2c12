package org.commissioninghub.organisations;

/** What an organisation does for the commissioner: gives money, receives it, or partners. */
public enum OrganisationRole {
  FUNDER("Funder"),
  PROVIDER("Provider"),
  CSP("Community Safety Partnership"),
  RESPONSIBLE_AUTHORITY("Responsible authority"),
  THIRD_PARTY("Third party");

  private final String label;

  OrganisationRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
