package org.commissioninghub.priorities;

/** The parts of a plan, in the order a plan on a page shows them. */
public enum ItemKind {
  OUTCOME("Outcomes"),
  PRIORITY("Priorities"),
  THEME("Cross-cutting themes"),
  DELIVERY_MECHANISM("Delivery mechanisms"),
  LINKED_PLAN("Links to other plans");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
