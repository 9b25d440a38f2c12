package org.commissioninghub.concurrency;

import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The "never more than" rules under 50 parallel writers on PostgreSQL, the production database. */
@RequiresPostgres
// Used by this class only: closed after it, so its connections go back to the shared server.
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "commissioning.demo.load-on-start=false",
      // All 50 writers must reach the rule: none may give up waiting for one of the pool's
      // connections (3 s in production, where a request that waits longer is answered 503).
      "spring.datasource.hikari.connection-timeout=60000"
    })
class ConcurrencyPostgresTest extends ConcurrencyInvariants {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("concurrency");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }
}
