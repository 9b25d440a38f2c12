package org.commissioninghub.monitoring;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A monitoring return is the provider's that makes it. */
@Component
class ReturnOwners extends SqlRecordOwners {

  ReturnOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.MONITORING_RETURN,
        Id.NUMBER,
        "SELECT COUNT(*) FROM monitoring_return WHERE id = :id AND organisation_id = :organisation");
  }
}
