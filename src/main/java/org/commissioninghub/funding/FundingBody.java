package org.commissioninghub.funding;

/** The kind of body a funding source is. */
public enum FundingBody {
  MOJ("Ministry of Justice"),
  HOME_OFFICE("Home Office"),
  PCC_BUDGET("PCC budget"),
  PARTNER("Partner contributions"),
  OTHER("Other");

  private final String label;

  FundingBody(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
