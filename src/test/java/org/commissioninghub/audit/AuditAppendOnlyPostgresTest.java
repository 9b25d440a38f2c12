package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.RequiresPostgres;
import org.commissioninghub.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL the application connects as a role that may only append to the audit trail;
 * migrations run as the owner, whom a trigger refuses too; and a chain changed and re-hashed by the
 * owner without the key is reported.
 */
@RequiresPostgres
// Used by this class only: closed after it, so its connections go back to the shared server.
@DirtiesContext
@SpringBootTest(properties = "commissioning.demo.load-on-start=true")
class AuditAppendOnlyPostgresTest {

  static final String APP_ROLE = "ch_test_audit_app";
  static String url;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    url = TestPostgres.freshDatabase("auditappendonly");
    try (Connection c =
            DriverManager.getConnection(TestPostgres.SERVER_URL, TestPostgres.USER, "");
        Statement s = c.createStatement()) {
      // Roles belong to the server, not the database: create it once, whoever runs first.
      s.execute(
          "DO $$ BEGIN CREATE ROLE "
              + APP_ROLE
              + " LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
    }
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> APP_ROLE);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.user", () -> TestPostgres.USER);
    registry.add("spring.flyway.password", () -> "");
    registry.add("commissioning.database.app-role", () -> APP_ROLE);
  }

  @Autowired AuditLog audit;
  @Autowired Fixtures fixtures;
  @Autowired AuditVerificationCommand command;

  @Test
  void theApplicationRunsAsTheAppRoleAndItsWritesAreSealed() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Written as the app role"));
    assertThat(audit.forEntity("organisation", org.publicId())).hasSize(1);
    assertThat(audit.verify().intact()).isTrue();
    assertThat(audit.verify().scheme()).contains("starts at entry 1.");
  }

  @Test
  void theAppRoleMayNotUpdateDeleteOrTruncateTheTrail() throws SQLException {
    fixtures.organisation(Fixtures.unique("Kept"));
    try (Connection c = DriverManager.getConnection(url, APP_ROLE, "");
        Statement s = c.createStatement()) {
      for (String sql :
          new String[] {
            "UPDATE audit_event SET details = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "DELETE FROM audit_chain_head",
            "DELETE FROM flyway_schema_history"
          }) {
        assertThatThrownBy(() -> s.execute(sql))
            .as(sql)
            .hasMessageContaining("permission denied")
            .extracting(e -> ((SQLException) e).getSQLState())
            .isEqualTo("42501");
      }
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void theOwnerIsRefusedByTheTrigger() throws SQLException {
    fixtures.organisation(Fixtures.unique("Kept from the owner"));
    try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, "");
        Statement s = c.createStatement()) {
      for (String sql :
          new String[] {
            "UPDATE audit_event SET details = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event CASCADE",
            "DELETE FROM audit_chain_head"
          }) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).hasMessageContaining("append-only");
      }
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Forger.Rehash.class)
  void aChainChangedAndReHashedByTheOwnerIsReported(Forger.Rehash how) throws Exception {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Forged"));
    long id = audit.forEntity("organisation", org.publicId()).get(0).id();
    Forger owner = new Forger(url, TestPostgres.USER);
    var original = owner.snapshot();
    try {
      owner.forge(id, "nothing to see here", how);
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(command.verifyAndReport()).as("exit code of --verify-audit").isEqualTo(1);
      assertThat(result.problems().get(0))
          .startsWith(
              how == Forger.Rehash.PLAIN_SHA256_AS_OLD_SCHEME ? "None of the " : "Entry 1 (");
    } finally {
      owner.restore(original);
    }
    assertThat(audit.verify().intact()).isTrue();
  }
}
