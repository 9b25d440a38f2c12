package org.commissioninghub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The shared context of the tests that check the Kent demo's figures (the seeds' tables, totals and
 * counts): its own in-memory H2 database with the demo loaded, which no test changes. {@link
 * DemoUnchanged} holds them to that: after each class it compares the demo's records with how they
 * were when the first class started, and fails the class that changed them. Tests that write belong
 * in {@link HubTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demofigures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
@AutoConfigureMockMvc
@ExtendWith(DemoUnchanged.class)
public @interface DemoFiguresTest {}
