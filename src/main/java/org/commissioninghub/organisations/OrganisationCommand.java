package org.commissioninghub.organisations;

import java.util.List;
import java.util.Set;

/**
 * What a user asks to record about an organisation, as typed. Checked by {@link Organisations}
 * before anything is stored.
 */
public record OrganisationCommand(
    String publicId,
    String name,
    String type,
    Set<String> roles,
    String charityNumber,
    String companyNumber,
    String orgIdentifier,
    String address,
    String postcode,
    String website,
    List<String> aliases) {}
