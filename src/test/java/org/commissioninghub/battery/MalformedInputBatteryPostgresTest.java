package org.commissioninghub.battery;

import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same battery on PostgreSQL, where some bad input fails differently from H2: a NUL in text is
 * stored by H2 but is an error in PostgreSQL, and an over-long value is cut off by neither.
 */
@RequiresPostgres
class MalformedInputBatteryPostgresTest extends MalformedInputBatteryTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("battery");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }
}
