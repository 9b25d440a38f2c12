package org.commissioninghub.identity;

import org.commissioninghub.organisations.Organisations;
import org.springframework.stereotype.Component;

/** An organisation is its own users' alone (organisations cannot depend on identity). */
@Component
class OrganisationOwners implements RecordOwners {

  private final Organisations organisations;

  OrganisationOwners(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.ORGANISATION;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    return organisations.get(organisationId).publicId().equals(id);
  }
}
