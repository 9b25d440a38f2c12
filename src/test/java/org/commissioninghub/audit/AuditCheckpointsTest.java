package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Signed checkpoints of the chain head, kept outside the database, catch what the chain alone
 * cannot: the newest entries removed together with the head moved back.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=" + AuditCheckpointsTest.URL,
      "commissioning.demo.load-on-start=false",
      // Only the checkpoints each test writes itself.
      "commissioning.audit.checkpoint-every=1d"
    })
@AutoConfigureMockMvc
class AuditCheckpointsTest {

  static final String URL =
      "jdbc:h2:mem:checkpoints;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private static final Path FILE = tempFile();

  private final Forger owner = new Forger(URL, "sa");

  @Autowired AuditLog audit;
  @Autowired AuditCheckpoints checkpoints;
  @Autowired AuditKeys keys;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired AuditVerificationCommand command;

  @DynamicPropertySource
  static void checkpointFile(DynamicPropertyRegistry registry) {
    registry.add("commissioning.audit.checkpoint-file", FILE::toString);
  }

  private static Path tempFile() {
    try {
      return Files.createTempDirectory("audit-checkpoints").resolve("audit-checkpoints.log");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void freshFile() throws IOException {
    Files.deleteIfExists(FILE);
  }

  @Test
  void normalOperationIsIntactAndSaysWhichCheckpointsWereChecked() throws Exception {
    fixtures.organisation(Fixtures.unique("Checkpointed"));
    assertThat(checkpoints.checkpoint()).isTrue();
    fixtures.organisation(Fixtures.unique("After"));
    assertThat(checkpoints.checkpoint()).isTrue();
    assertThat(checkpoints.checkpoint()).as("the head has not moved").isFalse();
    long newest = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();

    AuditVerification result = audit.verify();

    assertThat(result.problems()).isEmpty();
    assertThat(result.checkpoints())
        .startsWith("2 signed checkpoints checked in " + FILE)
        .contains("the newest names entry " + newest + ",");
    assertThat(command.verifyAndReport()).isZero();
  }

  @Test
  void theNewestEntriesRemovedWithTheHeadMovedBackAreReported() throws Exception {
    fixtures.organisation(Fixtures.unique("Kept"));
    fixtures.organisation(Fixtures.unique("Removed one"));
    fixtures.organisation(Fixtures.unique("Removed two"));
    long newest = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
    assertThat(checkpoints.checkpoint()).isTrue();
    Forger.Removed removed = owner.removeNewest(2);
    try {
      AuditCheckpoints none =
          new AuditCheckpoints(jdbc, keys, java.time.Clock.systemUTC(), "", URL);
      assertThat(new AuditVerifier(jdbc, keys, none).verify().problems())
          .as("the chain alone cannot tell")
          .isEmpty();

      AuditVerification result = audit.verify();

      assertThat(result.intact()).isFalse();
      assertThat(result.problems())
          .anyMatch(
              p ->
                  p.startsWith("Entry " + newest + ", checkpointed at ")
                      && p.endsWith(
                          "is missing or changed: entries were removed or rewritten after it"
                              + " was checkpointed"))
          .anyMatch(
              p ->
                  p.startsWith("The chain ends at entry " + (newest - 2) + ", before entry ")
                      && p.contains("moved back"));
      assertThat(command.verifyAndReport()).as("exit code of --verify-audit").isEqualTo(1);
      assertThat(
              mvc.perform(get("/audit/verify").with(user("auditor").roles("AUDITOR")))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString())
          .contains("The audit trail has been tampered with")
          .contains(HtmlUtils.htmlEscape(result.problems().get(0)));
      assertThat(Files.readAllLines(FILE))
          .as("a trail found tampered with is not checkpointed")
          .hasSize(1);
    } finally {
      owner.putBack(removed);
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void anEditedCheckpointLineIsReportedWithItsNumber() throws Exception {
    fixtures.organisation(Fixtures.unique("First"));
    checkpoints.checkpoint();
    fixtures.organisation(Fixtures.unique("Second"));
    checkpoints.checkpoint();
    List<String> lines = Files.readAllLines(FILE);
    assertThat(lines).hasSize(2);
    // Someone who can write the file but has no key points the second checkpoint at the first.
    String[] second = lines.get(1).split(" ");
    String[] first = lines.get(0).split(" ");
    second[0] = first[0];
    second[1] = first[1];
    Files.write(FILE, List.of(lines.get(0), String.join(" ", second), "not a checkpoint"));

    AuditVerification result = audit.verify();

    assertThat(result.problems())
        .containsExactly(
            "Checkpoint line 2 of "
                + FILE
                + " has been tampered with: its signature does not match",
            "Checkpoint line 3 of "
                + FILE
                + " is not a checkpoint: it was changed or added by hand");
    assertThat(command.verifyAndReport()).isEqualTo(1);
  }

  @Test
  void theEmbeddedDefaultKeepsCheckpointsBesideItsDataAndOtherDatabasesNeedTheSetting() {
    assertThat(
            AuditCheckpoints.location(
                "", "jdbc:h2:file:./data/commissioning;MODE=PostgreSQL;AUTO_SERVER=TRUE"))
        .contains(Path.of("data", "audit-checkpoints.log").toAbsolutePath());
    assertThat(AuditCheckpoints.location("", "jdbc:postgresql://db/commissioning")).isEmpty();
    assertThat(AuditCheckpoints.location("", "jdbc:h2:mem:x")).isEmpty();
    assertThat(AuditCheckpoints.location("/mnt/worm/cp.log", "jdbc:postgresql://db/c"))
        .contains(Path.of("/mnt/worm/cp.log"));
  }
}
