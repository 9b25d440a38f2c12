package org.commissioninghub.payments;

/**
 * Which part of the Elected Local Policing Bodies (Specified Information) Order 2011 a payment is
 * published under.
 */
public enum PaymentClass {
  /** Para 3(f): a crime and disorder reduction grant, with recipient, conditions and reasons. */
  CDR_GRANT("Crime and disorder reduction grant"),
  /** Para 3(g): expenditure, published when it exceeds £500. */
  EXPENDITURE("Expenditure");

  private final String label;

  PaymentClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads "CDR_GRANT", "cdr grant", "grant", "expenditure"; null when not recognised. */
  static PaymentClass read(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toUpperCase(java.util.Locale.UK).replace(' ', '_').replace('-', '_');
    return switch (t) {
      case "CDR_GRANT", "CDR", "GRANT", "CRIME_AND_DISORDER_REDUCTION_GRANT" -> CDR_GRANT;
      case "EXPENDITURE", "SPEND" -> EXPENDITURE;
      default -> null;
    };
  }
}
