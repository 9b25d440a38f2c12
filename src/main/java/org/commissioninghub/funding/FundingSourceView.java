package org.commissioninghub.funding;

/** Where money comes from: the Ministry of Justice, the Home Office, the PCC's own budget. */
public record FundingSourceView(
    long id, String publicId, String name, FundingBody body, Long funderOrganisationId) {}
