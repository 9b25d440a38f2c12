package org.commissioninghub.identity;

/** What a person may do. Provider users are further limited to their own organisation. */
public enum Role {
  OFFICER("Commissioning officer"),
  FINANCE("Finance officer"),
  APPROVER("Approver"),
  ADMIN("Administrator"),
  AUDITOR("Auditor"),
  PROVIDER("Provider");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
