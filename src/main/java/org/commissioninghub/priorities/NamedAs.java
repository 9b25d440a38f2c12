package org.commissioninghub.priorities;

/** How a district CSP's strategic assessment named an issue. */
public enum NamedAs {
  PRIORITY("Main priority"),
  CROSS_CUTTING_THEME("Cross-cutting theme"),
  BROADER_THEME("Part of a broader theme");

  private final String label;

  NamedAs(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
