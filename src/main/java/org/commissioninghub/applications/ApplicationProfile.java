package org.commissioninghub.applications;

import java.util.List;
import org.commissioninghub.organisations.OrganisationProfile;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.PolicyView;

/**
 * The applicant's profile as an assessor sees it: the copy kept when the application was submitted,
 * or, for a draft, the organisation's profile as it is now.
 */
public record ApplicationProfile(
    String charityNumber,
    String companyNumber,
    String address,
    String postcode,
    String website,
    List<PolicyView> policies,
    boolean asSubmitted) {

  static ApplicationProfile current(OrganisationProfile profile) {
    OrganisationView o = profile.organisation();
    return new ApplicationProfile(
        o.charityNumber(),
        o.companyNumber(),
        o.address(),
        o.postcode(),
        o.website(),
        profile.policies(),
        false);
  }
}
