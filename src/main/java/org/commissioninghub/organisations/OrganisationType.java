package org.commissioninghub.organisations;

/** The legal form of an organisation, as a commissioning officer would name it. */
public enum OrganisationType {
  CHARITY("Registered charity"),
  CIO("Charitable incorporated organisation"),
  CIC("Community interest company"),
  COMPANY("Company"),
  LOCAL_AUTHORITY("Local authority"),
  NHS_TRUST("NHS trust"),
  POLICE("Police force"),
  PARTNERSHIP("Partnership or CSP"),
  GOVERNMENT_DEPARTMENT("Government department"),
  PCC("Police and Crime Commissioner"),
  UNINCORPORATED("Unincorporated group"),
  /** A person paid directly (e.g. a sole trader): never named in published registers. */
  INDIVIDUAL("Individual"),
  OTHER("Other");

  private final String label;

  OrganisationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
