package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.identity.Actors;
import org.commissioninghub.support.PostgresHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three imports of the same file at once on PostgreSQL (issue 15, defect 6): the unique key on the
 * file's hash lets one in and the others get a conflict (409), not a 500.
 */
@PostgresHubTest
class ParallelImportPostgresTest {

  @Autowired Payments payments;
  @Autowired Actors actors;

  @Test
  void threeParallelImportsOfOneFileAddItOnce() throws Exception {
    // Other PostgreSQL tests share the database (one class at a time): count from here.
    int before = payments.imports().size();
    for (int round = 0; round < 5; round++) {
      PaymentImportLimitsTest.parallelImports(payments, actors, "PARALLEL-PG-" + round);
    }
    assertThat(payments.imports()).hasSize(before + 5);
  }
}
