package org.commissioninghub.crimereduction;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A Crime Reduction Grant allocation is its CSP's. */
@Component
class AllocationOwners implements RecordOwners {

  private final JdbcClient jdbc;

  AllocationOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.CRG_ALLOCATION;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    java.util.OptionalLong number = RecordOwners.number(id);
    return number.isPresent()
        && jdbc.sql("SELECT COUNT(*) FROM crime_reduction_allocation WHERE id = ? AND csp_id = ?")
                .param(number.getAsLong())
                .param(organisationId)
                .query(Long.class)
                .single()
            > 0;
  }
}
