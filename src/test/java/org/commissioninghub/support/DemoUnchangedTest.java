package org.commissioninghub.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guard of the demo-figure tests sees a changed figure and ignores sign-ins and the audit. */
class DemoUnchangedTest {

  private static JdbcClient database(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    JdbcClient jdbc = JdbcClient.create(h2);
    jdbc.sql("CREATE TABLE award_line (id INT, amount BIGINT)").update();
    jdbc.sql("CREATE TABLE audit_event (id INT)").update();
    jdbc.sql("CREATE TABLE app_user (id INT, last_sign_in VARCHAR(30))").update();
    jdbc.sql("INSERT INTO award_line VALUES (1, 2500000)").update();
    return jdbc;
  }

  @Test
  void aChangedAmountIsSeen() {
    JdbcClient jdbc = database("guard-figure");
    var before = DemoUnchanged.figures(jdbc);
    assertThat(before).containsKey("award_line").doesNotContainKeys("audit_event", "app_user");
    jdbc.sql("UPDATE award_line SET amount = 2500001").update();
    assertThat(DemoUnchanged.figures(jdbc)).isNotEqualTo(before);
  }

  @Test
  void signInsAndTheAuditTrailAreNotFigures() {
    JdbcClient jdbc = database("guard-audit");
    var before = DemoUnchanged.figures(jdbc);
    jdbc.sql("INSERT INTO audit_event VALUES (1)").update();
    jdbc.sql("INSERT INTO app_user VALUES (1, '2026-12-07T23:00')").update();
    assertThat(DemoUnchanged.figures(jdbc)).isEqualTo(before);
  }
}
