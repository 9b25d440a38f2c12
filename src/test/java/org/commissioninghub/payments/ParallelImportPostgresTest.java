package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.identity.Actors;
import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three imports of the same file at once on PostgreSQL (issue 15, defect 6): the unique key on the
 * file's hash lets one in and the others get a conflict (409), not a 500.
 */
@RequiresPostgres
@SpringBootTest(properties = "commissioning.demo.load-on-start=true")
class ParallelImportPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("parallelimport");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired Payments payments;
  @Autowired Actors actors;

  @Test
  void threeParallelImportsOfOneFileAddItOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      PaymentImportLimitsTest.parallelImports(payments, actors, "PARALLEL-PG-" + round);
    }
    assertThat(payments.imports()).hasSize(5);
  }
}
