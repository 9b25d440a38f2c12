package org.commissioninghub.decisions;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A continuation offer is the provider's it was made to. */
@Component
class ContinuationOwners implements RecordOwners {

  private final JdbcClient jdbc;

  ContinuationOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.CONTINUATION;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    java.util.OptionalLong number = RecordOwners.number(id);
    return number.isPresent()
        && jdbc.sql("SELECT COUNT(*) FROM continuation WHERE id = ? AND organisation_id = ?")
                .param(number.getAsLong())
                .param(organisationId)
                .query(Long.class)
                .single()
            > 0;
  }
}
