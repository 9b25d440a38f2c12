package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail is complete, searchable, exportable and tamper-evident. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:audit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
@AutoConfigureMockMvc
class AuditTrailTest {

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
            List.of()));
    AuditEntry change = audit.forEntity("organisation", org.publicId()).get(0);
    assertThat(change.action()).isEqualTo("organisation.updated");
    assertThat(change.changes())
        .contains("type: \"CHARITY\" → \"CIO\"")
        .contains("postcode: (blank) → \"ME14 1XX\"");
  }

  @Test
  void aChangedRowIsReportedByTheVerification() {
    assertThat(audit.verify().intact()).isTrue();
    assertThat(command.verifyAndReport()).isZero();
    OrganisationView org = fixtures.organisation(Fixtures.unique("Tamper target"));
    long id = audit.forEntity("organisation", org.publicId()).get(0).id();
    try {
      jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?").param(id).update();
      AuditVerification result = audit.verify();
      assertThat(result.intact()).isFalse();
      assertThat(command.verifyAndReport()).as("exit code of --verify-audit").isEqualTo(1);
      assertThat(result.problems())
          .anyMatch(
              p -> p.startsWith("Entry " + id + " ") && p.contains("changed after it was written"));
    } finally {
      jdbc.sql("UPDATE audit_event SET actor = 'system' WHERE id = ?").param(id).update();
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aDeletedRowIsReportedByTheVerification() {
    fixtures.organisation(Fixtures.unique("One"));
    OrganisationView middle = fixtures.organisation(Fixtures.unique("Two"));
    fixtures.organisation(Fixtures.unique("Three"));
    AuditEntry removed = audit.forEntity("organisation", middle.publicId()).get(0);
    jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(removed.id()).update();
    try {
      assertThat(audit.verify().problems()).anyMatch(p -> p.contains("removed or inserted"));
    } finally {
      jdbc.sql(
              "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, details, changes, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
              removed.entryHash())
          .update();
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
