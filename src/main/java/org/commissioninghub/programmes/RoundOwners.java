package org.commissioninghub.programmes;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A round (its applications and their scores) is the CSP's that runs the fund. */
@Component
class RoundOwners extends SqlRecordOwners {

  RoundOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.ROUND,
        Id.TEXT,
        """
            SELECT COUNT(*) FROM funding_round r JOIN programme p ON p.id = r.programme_id
            WHERE r.public_id = :id AND p.owner_id = :organisation
            """);
  }
}
