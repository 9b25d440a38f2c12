package org.commissioninghub.core;

import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@RequiresPostgres
// Used by this class only: closed after it, so its connections go back to the shared server.
@DirtiesContext
@SpringBootTest(properties = "commissioning.demo.load-on-start=false")
class PostgresCoreDataTest extends CoreDataContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("core");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }
}
