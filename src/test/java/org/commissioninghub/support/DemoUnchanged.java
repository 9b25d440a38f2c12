package org.commissioninghub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps {@link DemoFiguresTest}'s shared demo as it was loaded: every row of every table, except
 * the ones that change when someone merely signs in or reads (users, sessions, tokens, the audit
 * trail, queued mail) and the annual report's words (versioned text, written by {@code
 * AnnualCommissioningReportTest}, not a figure), is compared after each class with the state before
 * the first class, and a class that changed a figure fails, naming the tables.
 */
public class DemoUnchanged implements BeforeAllCallback, AfterAllCallback {

  private static final Set<String> NOT_FIGURES =
      Set.of(
          "flyway_schema_history",
          "api_token",
          "app_user",
          "app_user_role",
          "user_link",
          "spring_session",
          "spring_session_attributes",
          "audit_event",
          "audit_chain_head",
          "outbound_email",
          "report_narrative");

  /** The demo as first seen, per application context. */
  private static final Map<ApplicationContext, Map<String, List<String>>> AS_LOADED =
      new IdentityHashMap<>();

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    AS_LOADED.computeIfAbsent(spring, s -> figures(s.getBean(JdbcClient.class)));
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    Map<String, List<String>> before = AS_LOADED.get(spring);
    Map<String, List<String>> now = figures(spring.getBean(JdbcClient.class));
    List<String> changed =
        now.keySet().stream().filter(t -> !now.get(t).equals(before.get(t))).toList();
    assertThat(changed)
        .as(
            context.getDisplayName()
                + " changed the shared demo that the demo-figure tests read; make its records in a"
                + " @HubTest instead. Tables changed")
        .isEmpty();
  }

  static Map<String, List<String>> figures(JdbcClient jdbc) {
    List<String> tables =
        jdbc
            .sql(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')"
                    + " ORDER BY table_name")
            .query(String.class)
            .list()
            .stream()
            .map(String::toLowerCase)
            .filter(t -> !NOT_FIGURES.contains(t))
            .toList();
    Map<String, List<String>> snapshot = new LinkedHashMap<>();
    for (String table : tables) {
      snapshot.put(table, DatabaseSnapshot.rows(jdbc, table));
    }
    return snapshot;
  }
}
