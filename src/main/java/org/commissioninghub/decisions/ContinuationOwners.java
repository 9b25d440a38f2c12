package org.commissioninghub.decisions;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A continuation offer is the provider's it was made to. */
@Component
class ContinuationOwners extends SqlRecordOwners {

  ContinuationOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.CONTINUATION,
        Id.NUMBER,
        "SELECT COUNT(*) FROM continuation WHERE id = :id AND organisation_id = :organisation");
  }
}
