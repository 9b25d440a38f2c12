package org.commissioninghub.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the context at the one PostgreSQL database this test JVM shares among its {@link
 * PostgresHubTest} classes, made (empty) the first time it is asked for.
 */
public class SharedPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static String url;

  static synchronized String url() {
    if (url == null) {
      url = TestPostgres.freshDatabase("shared");
    }
    return url;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + url(),
            "spring.datasource.username=" + TestPostgres.USER,
            "spring.datasource.password=")
        .applyTo(context);
  }
}
