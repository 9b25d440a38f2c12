package org.commissioninghub.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the Annual Commissioning Report (seeds/000), in order. Each has words an officer
 * writes and, for most, figures the report computes.
 */
public enum AnnualReportSection {
  INTRODUCTION("introduction", "Introduction"),
  FUNDING("funding", "Funding"),
  GOVERNANCE("governance", "Governance"),
  VICTIMS_FUNDING("victims-funding", "Victims funding"),
  DELIVERY("delivery", "Delivery across the victim services"),
  HIGHLIGHTS("highlights", "Service highlights"),
  VICTIMS_CONTRACTS("victims-contracts", "Victims’ contracts"),
  OTHER_CONTRACTS("other-contracts", "Other contracts"),
  HOME_OFFICE("home-office", "Home Office funding"),
  CRIME_REDUCTION("crime-reduction", "Crime reduction and prevention"),
  LEARNING("learning", "Learning and challenges");

  private final String key;
  private final String title;

  AnnualReportSection(String key, String title) {
    this.key = key;
    this.title = title;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  public static Optional<AnnualReportSection> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
