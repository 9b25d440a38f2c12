package org.commissioninghub.monitoring;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A monitoring return is the provider's that makes it. */
@Component
class ReturnOwners implements RecordOwners {

  private final JdbcClient jdbc;

  ReturnOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.MONITORING_RETURN;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    java.util.OptionalLong number = RecordOwners.number(id);
    return number.isPresent()
        && jdbc.sql("SELECT COUNT(*) FROM monitoring_return WHERE id = ? AND organisation_id = ?")
                .param(number.getAsLong())
                .param(organisationId)
                .query(Long.class)
                .single()
            > 0;
  }
}
