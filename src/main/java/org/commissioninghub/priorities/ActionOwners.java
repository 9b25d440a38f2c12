package org.commissioninghub.priorities;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An action in a community safety agreement's plan is its partnership's. */
@Component
class ActionOwners extends SqlRecordOwners {

  ActionOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.CSA_ACTION,
        Id.NUMBER,
        "SELECT COUNT(*) FROM csa_action WHERE id = :id AND partnership_id = :organisation");
  }
}
