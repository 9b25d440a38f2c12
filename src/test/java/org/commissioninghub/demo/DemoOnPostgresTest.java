package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the default settings an empty PostgreSQL database stays empty: no demo data, and above all
 * no demo sign-ins with the password "demo" on what may be a production database.
 */
@RequiresPostgres
// Used by this class only: closed after it, so its connections go back to the shared server.
@DirtiesContext
@SpringBootTest
class DemoOnPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase("demodefault");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> TestPostgres.USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired DemoData demo;
  @Autowired JdbcClient jdbc;

  @Test
  void theDefaultsLoadNoDemoIntoPostgres() {
    assertThat(demo.alreadyLoaded()).isFalse();
    assertThat(jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single()).isZero();
  }
}
