package org.commissioninghub.programmes;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A round (its applications and their scores) is the CSP's that runs the fund. */
@Component
class RoundOwners implements RecordOwners {

  private final JdbcClient jdbc;

  RoundOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.ROUND;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM funding_round r JOIN programme p ON p.id = r.programme_id
                WHERE r.public_id = ? AND p.owner_id = ?
                """)
            .param(id)
            .param(organisationId)
            .query(Long.class)
            .single()
        > 0;
  }
}
