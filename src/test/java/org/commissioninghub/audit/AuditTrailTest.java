package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.commissioninghub.organisations.OrganisationCommand;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The audit trail is complete, searchable, exportable and tamper-evident. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=" + AuditTrailTest.URL,
      "commissioning.demo.load-on-start=true"
    })
@AutoConfigureMockMvc
class AuditTrailTest {

  static final String URL =
      "jdbc:h2:mem:audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private final Forger owner = new Forger(URL, "sa");

  @Value("${commissioning.audit.key}")
  String key;

  @Autowired AuditLog audit;
  @Autowired Organisations organisations;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired AuditVerificationCommand command;

  @Test
  void recordsBeforeAndAfterValuesOfChangedFields() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Hourglass"));
    organisations.update(
        org.publicId(),
        org.version(),
        new OrganisationCommand(
                null,
                org.name(),
                "CIO",
                org.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                null,
                null,
                null,
                null,
                "ME14 1XX",
                null,
                List.of())
            .toCommand());
    AuditEntry change = audit.forEntity("organisation", org.publicId()).get(0);
    assertThat(change.action()).isEqualTo("organisation.updated");
    assertThat(change.changes())
        .contains("type: \"CHARITY\" → \"CIO\"")
        .contains("postcode: (blank) → \"ME14 1XX\"");
  }

  @Test
  void aChangedRowIsReportedByTheVerification() throws Exception {
    assertThat(audit.verify().intact()).isTrue();
    assertThat(command.verifyAndReport()).isZero();
    OrganisationView org = fixtures.organisation(Fixtures.unique("Tamper target"));
    long id = audit.forEntity("organisation", org.publicId()).get(0).id();
    try {
      owner.withoutTrigger(c -> c.createStatement().executeUpdate(actor("someone-else", id)));
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(command.verifyAndReport()).as("exit code of --verify-audit").isEqualTo(1);
      assertThat(result.problems())
          .anyMatch(
              p -> p.startsWith("Entry " + id + " ") && p.contains("changed after it was written"));
    } finally {
      owner.withoutTrigger(c -> c.createStatement().executeUpdate(actor("system", id)));
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  private static String actor(String actor, long id) {
    return "UPDATE audit_event SET actor = '" + actor + "' WHERE id = " + id;
  }

  @Test
  void aDeletedRowIsReportedByTheVerification() throws Exception {
    fixtures.organisation(Fixtures.unique("One"));
    OrganisationView middle = fixtures.organisation(Fixtures.unique("Two"));
    fixtures.organisation(Fixtures.unique("Three"));
    AuditEntry removed = audit.forEntity("organisation", middle.publicId()).get(0);
    String keyId =
        jdbc.sql("SELECT key_id FROM audit_event WHERE id = ?")
            .param(removed.id())
            .query(String.class)
            .single();
    owner.withoutTrigger(
        c ->
            c.createStatement()
                .executeUpdate("DELETE FROM audit_event WHERE id = " + removed.id()));
    try {
      assertThat(audit.verify().problems()).anyMatch(p -> p.contains("removed or inserted"));
    } finally {
      jdbc.sql(
              "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, details, changes, previous_hash, entry_hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              removed.id(),
              removed.occurredAt(),
              removed.actor(),
              removed.action(),
              removed.entityType(),
              removed.entityId(),
              removed.details(),
              removed.changes(),
              removed.previousHash(),
              removed.entryHash(),
              keyId)
          .update();
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveEntries() {
    fixtures.organisation(Fixtures.unique("Kept"));
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET details = 'x'").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE TABLE audit_event").update())
        .rootCause()
        .hasMessageContaining("Cannot truncate");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void entriesAreSealedWithTheConfiguredKey() {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Sealed"));
    long id = audit.forEntity("organisation", org.publicId()).get(0).id();
    assertThat(
            jdbc.sql("SELECT key_id FROM audit_event WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("test");
    assertThat(audit.verify().scheme()).contains("HMAC-SHA256, key test").contains("starts at");
  }

  @Test
  void aStartOfTheKeyedChainPinnedOutsideTheDatabaseCatchesATrailPassedOffAsUnkeyed()
      throws Exception {
    fixtures.organisation(Fixtures.unique("Pinned"));
    AuditVerifier pinned = verifier(new AuditKeys(key, "", 1L, URL));
    assertThat(pinned.verify().intact()).isTrue();
    assertThat(verifier(new AuditKeys(key, "", 2L, URL)).verify().problems())
        .containsExactly(
            "The keyed chain should start at entry 2 (commissioning.audit.keyed-from) but starts at"
                + " entry 1: the entries before it were re-hashed without the key");
    var original = owner.snapshot();
    try {
      owner.forge(1, "rewritten", Forger.Rehash.PLAIN_SHA256_AS_OLD_SCHEME);
      assertThat(pinned.verify().problems())
          .anyMatch(p -> p.startsWith("The keyed chain should start at entry 1 "));
    } finally {
      owner.restore(original);
    }
  }

  private AuditVerifier verifier(AuditKeys keys) {
    AuditCheckpoints none = new AuditCheckpoints(jdbc, keys, java.time.Clock.systemUTC(), "", URL);
    return new AuditVerifier(jdbc, keys, none);
  }

  @ParameterizedTest
  @EnumSource(Forger.Rehash.class)
  void aChainChangedAndReHashedWithoutTheKeyIsReported(Forger.Rehash how) throws Exception {
    OrganisationView org = fixtures.organisation(Fixtures.unique("Forged"));
    long id = audit.forEntity("organisation", org.publicId()).get(0).id();
    long first = jdbc.sql("SELECT MIN(id) FROM audit_event").query(Long.class).single();
    var original = owner.snapshot();
    try {
      owner.forge(id, "nothing to see here", how);
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(command.verifyAndReport()).as("exit code of --verify-audit").isEqualTo(1);
      assertThat(
              mvc.perform(get("/audit/verify").with(user("auditor").roles("AUDITOR")))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .contains("The audit trail has been tampered with")
          .contains(HtmlUtils.htmlEscape(result.problems().get(0)));
      if (how == Forger.Rehash.PLAIN_SHA256_AS_OLD_SCHEME) {
        // Passed off as entries from before keys: no entry can be trusted, and it says so.
        assertThat(result.problems())
            .anyMatch(p -> p.startsWith("None of the ") && p.contains("sealed with the audit key"));
      } else {
        // Every entry was re-hashed from the genesis, so the first one already fails.
        assertThat(result.problems().get(0))
            .startsWith("Entry " + first + " ")
            .contains("do not match their seals");
      }
    } finally {
      owner.restore(original);
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void signInsAndFailuresAreRecordedAndFiveFailuresLockTheAccountForEveryoneAlike()
      throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              post("/login").param("username", "finance").param("password", "wrong").with(csrf()))
          .andExpect(redirectedUrl("/login?error"));
      mvc.perform(
              post("/login")
                  .param("username", "nobody-at-all")
                  .param("password", "wrong")
                  .with(csrf()))
          .andExpect(redirectedUrl("/login?error"));
    }
    // The right password no longer works while locked; the page says the same as for anyone else.
    mvc.perform(post("/login").param("username", "finance").param("password", "demo").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(audit.forEntity("user", "finance"))
        .filteredOn(e -> e.action().equals("sign-in.failed"))
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(audit.forEntity("user", "nobody-at-all")).hasSize(5);

    mvc.perform(post("/login").param("username", "officer").param("password", "demo").with(csrf()))
        .andExpect(redirectedUrl("/"));
    assertThat(audit.forEntity("user", "officer")).anyMatch(e -> e.action().equals("sign-in"));
  }

  @Test
  void apiCallsWithHttpBasicAreNotEachRecordedButFailuresAre() throws Exception {
    long signInsBefore = apiSignIns("officer");
    for (int i = 0; i < 20; i++) {
      mvc.perform(get("/api/v1/awards?year=2024/25").with(httpBasic("officer", "demo")))
          .andExpect(status().isOk());
    }
    assertThat(apiSignIns("officer") - signInsBefore)
        .as("20 API calls are one sign-in at most, not 20")
        .isLessThanOrEqualTo(1);

    mvc.perform(get("/api/v1/awards?year=2024/25").with(httpBasic("officer", "wrong")))
        .andExpect(status().isUnauthorized());
    assertThat(audit.forEntity("user", "officer").get(0).action()).isEqualTo("sign-in.failed");
    // The next success ends the run of failures, so it is recorded and the lock-out count restarts.
    mvc.perform(get("/api/v1/awards?year=2024/25").with(httpBasic("officer", "demo")))
        .andExpect(status().isOk());
    assertThat(audit.forEntity("user", "officer").get(0).details()).isEqualTo("HTTP Basic (API)");

    mvc.perform(
            get("/api/v1/awards?year=2024/25")
                .header("Authorization", "Bearer chub_0123456789-unknown"))
        .andExpect(status().isUnauthorized());
    assertThat(audit.forEntity("api-token", "chub_0123456"))
        .anyMatch(e -> e.action().equals("api-token.refused"));
  }

  private long apiSignIns(String username) {
    return audit.forEntity("user", username).stream()
        .filter(e -> e.action().equals("sign-in") && "HTTP Basic (API)".equals(e.details()))
        .count();
  }

  @Test
  void auditorsSearchAndExportButOfficersCannot() throws Exception {
    mvc.perform(get("/audit?entityType=organisation").with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk());
    String csv =
        mvc.perform(
                get("/audit.csv?entityType=organisation").with(user("auditor").roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,occurred_at,actor,action");
    assertThat(csv).contains("organisation.created");
    assertThat(audit.search(new AuditQuery("auditor", "audit", null, null, null), 10))
        .anyMatch(e -> e.action().equals("audit.exported"));
    mvc.perform(get("/audit").with(user("officer").roles("OFFICER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/audit/verify").with(user("auditor").roles("AUDITOR")))
        .andExpect(status().isOk());
  }
}
