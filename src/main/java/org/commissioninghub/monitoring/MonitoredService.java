package org.commissioninghub.monitoring;

/**
 * A service that reports each quarter: an award or a contract, with the specialism it is counted
 * under and whether it counts in the victim-services totals.
 *
 * @param organisationId null when the source does not name the provider
 */
public record MonitoredService(
    long id,
    String awardPublicId,
    String contractPublicId,
    String name,
    Long organisationId,
    String organisationName,
    String templateCode,
    ServiceSpecialism specialism,
    boolean victimService) {

  public String provider() {
    return organisationName == null ? "Provider not named" : organisationName;
  }

  /** The award's or contract's id, for links and downloads. */
  public String reference() {
    return awardPublicId != null ? awardPublicId : contractPublicId;
  }
}
