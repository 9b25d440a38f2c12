package org.commissioninghub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one shared application context of the tests: an in-memory H2 database with the demo data (its
 * users, organisations and streams are what most tests act with), MockMvc, and mail sent to the
 * GreenMail port of {@link TestMail}. Every class with this annotation and nothing else that
 * changes the context (no other properties, {@code @MockitoBean}, {@code @DirtiesContext} or nested
 * configuration) gets the same context from Spring's test context cache, so the application starts
 * and the demo loads once per test JVM instead of once per class.
 *
 * <p>The price: other classes write to the same database, in any order. A test here makes the
 * records it changes (see {@link Fixtures}, with unique ids) or asserts only on its own records and
 * on figures no other test changes; a test of the demo's figures belongs in {@link
 * DemoFiguresTest}. Background retries of unsent mail are off, so that a mail test's SMTP server
 * sees only the mail its own actions send.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=${test.smtp.port:3025}",
      "commissioning.mail.retry-every=PT24H",
      "commissioning.public-url=http://hub.test"
    })
@AutoConfigureMockMvc
public @interface HubTest {}
