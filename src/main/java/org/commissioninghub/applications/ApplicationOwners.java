package org.commissioninghub.applications;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.RecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An application is its applicant's, and the CSP's whose fund it was made to. */
@Component
class ApplicationOwners implements RecordOwners {

  private final JdbcClient jdbc;

  ApplicationOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccessPolicy.Record record() {
    return AccessPolicy.Record.APPLICATION;
  }

  @Override
  public boolean belongsTo(String id, long organisationId) {
    return jdbc.sql(
                """
                SELECT COUNT(*) FROM application a
                JOIN funding_round r ON r.id = a.round_id
                JOIN programme p ON p.id = r.programme_id
                WHERE a.reference = ? AND (a.organisation_id = ? OR p.owner_id = ?)
                """)
            .param(id)
            .param(organisationId)
            .param(organisationId)
            .query(Long.class)
            .single()
        > 0;
  }
}
