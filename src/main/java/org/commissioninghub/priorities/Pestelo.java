package org.commissioninghub.priorities;

/** The headings of a PESTELO horizon scan. */
public enum Pestelo {
  POLITICAL("Political"),
  ECONOMIC("Economic"),
  SOCIAL("Social / Demographic"),
  TECHNOLOGICAL("Technological"),
  ENVIRONMENTAL("Environmental (and Geographical)"),
  LEGISLATION("Legislation"),
  ORGANISATIONAL("Organisational");

  private final String label;

  Pestelo(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
