package org.commissioninghub.applications;

import org.commissioninghub.identity.AccessPolicy;
import org.commissioninghub.identity.SqlRecordOwners;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An application is its applicant's, and the CSP's whose fund it was made to. */
@Component
class ApplicationOwners extends SqlRecordOwners {

  ApplicationOwners(JdbcClient jdbc) {
    super(
        jdbc,
        AccessPolicy.Record.APPLICATION,
        Id.TEXT,
        """
            SELECT COUNT(*) FROM application a
            JOIN funding_round r ON r.id = a.round_id
            JOIN programme p ON p.id = r.programme_id
            WHERE a.reference = :id AND (a.organisation_id = :organisation OR p.owner_id = :organisation)
            """);
  }
}
