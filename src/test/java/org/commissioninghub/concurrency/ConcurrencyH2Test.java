package org.commissioninghub.concurrency;

import org.springframework.boot.test.context.SpringBootTest;

/** The same rules under 50 parallel writers on the embedded H2 default. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:concurrency;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=false",
      // All 50 writers must reach the rule: none may give up waiting for one of the pool's
      // connections (3 s in production, where a request that waits longer is answered 503).
      "spring.datasource.hikari.connection-timeout=60000"
    })
class ConcurrencyH2Test extends ConcurrencyInvariants {}
