package org.commissioninghub.shared;

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

  /** The role with this name, or none for a name that is not a role (e.g. a retired one). */
  public static java.util.stream.Stream<Role> read(String name) {
    for (Role r : values()) {
      if (r.name().equals(name)) {
        return java.util.stream.Stream.of(r);
      }
    }
    return java.util.stream.Stream.empty();
  }

  /** Roles bound to one organisation: they see only that organisation's records. */
  public boolean isScoped() {
    return this == PROVIDER || this == CSP_LEAD;
  }
}
