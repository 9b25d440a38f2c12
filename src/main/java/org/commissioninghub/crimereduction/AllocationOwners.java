package org.commissioninghub.crimereduction;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A Crime Reduction Grant allocation is its CSP's. */
@Component
class AllocationOwners extends SqlRecordOwners {

  AllocationOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.CRG_ALLOCATION,
        Id.NUMBER,
        "SELECT COUNT(*) FROM crime_reduction_allocation WHERE id = :id AND csp_id = :organisation");
  }
}
