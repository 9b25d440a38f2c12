package org.commissioninghub.organisations;

import java.util.List;
import java.util.Set;

/**
 * An organisation whose fields have passed their checks ({@link OrganisationCommand#toCommand()}),
 * identifiers normalised: ready to be checked against the records and stored.
 *
 * @param publicId the id to record it under, or null to make one from the name (ignored when
 *     correcting an organisation)
 */
public record OrganisationDetails(
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
    List<String> aliases) {}
