package org.commissioninghub.contracts;

/** What a variation changes: the value, the scope (service description) or the dates. */
public enum VariationField {
  ANNUAL_VALUE("Annual value", "Value"),
  TOTAL_VALUE("Total value", "Value"),
  SCOPE("Service description (scope)", "Scope"),
  INITIAL_END_DATE("Initial end date", "Dates");

  private final String label;
  private final String kind;

  VariationField(String label, String kind) {
    this.label = label;
    this.kind = kind;
  }

  public String label() {
    return label;
  }

  public String kind() {
    return kind;
  }
}
