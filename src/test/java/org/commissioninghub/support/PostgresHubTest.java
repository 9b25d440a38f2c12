package org.commissioninghub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The shared PostgreSQL context: one database per test JVM ({@link SharedPostgres}), migrated and
 * loaded with the demo once, with MockMvc, used by every class with this annotation. Like {@link
 * HubTest}, other classes write to it in any order, so a test makes its own records or asserts only
 * on figures no other PostgreSQL test changes. Skipped without PostgreSQL, failing under CI ({@link
 * RequiresPostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequiresPostgres
@SpringBootTest(properties = "commissioning.demo.load-on-start=true")
@ContextConfiguration(initializers = SharedPostgres.class)
@AutoConfigureMockMvc
public @interface PostgresHubTest {}
