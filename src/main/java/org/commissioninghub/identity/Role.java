package org.commissioninghub.identity;

/**
 * What a person may do. Provider users are bound to their organisation and CSP leads to their
 * partnership; everyone else works across the commissioner's records. A user may hold several.
 */
public enum Role {
  ADMIN("System administrator"),
  OFFICER("Commissioning officer"),
  ASSESSOR("Assessor"),
  APPROVER("Approver"),
  FINANCE("Finance officer"),
  CSP_LEAD("CSP lead"),
  PROVIDER("Provider user"),
  AUDITOR("Auditor");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Roles bound to one organisation: they see only that organisation's records. */
  public boolean isScoped() {
    return this == PROVIDER || this == CSP_LEAD;
  }
}
