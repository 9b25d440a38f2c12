package org.commissioninghub.contracts;

/** How a contract was let (brief §3.3): the route the procurement record names. */
public enum ProcurementRoute {
  OPEN_TENDER("Open tender"),
  COMPETITIVE_QUOTATION("Competitive quotation"),
  DIRECT_AWARD("Direct award under an exemption"),
  FRAMEWORK_CALL_OFF("Call-off from a framework");

  private final String label;

  ProcurementRoute(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
