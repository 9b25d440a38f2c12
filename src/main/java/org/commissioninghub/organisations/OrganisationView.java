package org.commissioninghub.organisations;

import java.util.List;
import java.util.Set;

/** An organisation as other features and the API see it. */
public record OrganisationView(
    long id,
    String publicId,
    String name,
    OrganisationType type,
    Set<OrganisationRole> roles,
    String charityNumber,
    String companyNumber,
    String orgIdentifier,
    String address,
    String postcode,
    String website,
    List<String> aliases,
    int version) {}
