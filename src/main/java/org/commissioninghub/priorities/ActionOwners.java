package org.commissioninghub.priorities;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An action in a community safety agreement's plan is its partnership's. */
@Component
class ActionOwners implements RecordOwners {

  private final JdbcClient jdbc;

  ActionOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.CSA_ACTION;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    java.util.OptionalLong number = RecordOwners.number(id);
    return number.isPresent()
        && jdbc.sql("SELECT COUNT(*) FROM csa_action WHERE id = ? AND partnership_id = ?")
                .param(number.getAsLong())
                .param(organisationId)
                .query(Long.class)
                .single()
            > 0;
  }
}
