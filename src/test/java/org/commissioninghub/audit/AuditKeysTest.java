package org.commissioninghub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the audit key comes from: a setting, or on the embedded H2 default a file beside it. */
class AuditKeysTest {

  @TempDir Path data;

  @Test
  void theEmbeddedDefaultGeneratesAKeyBesideTheDataOnceAndKeepsIt() throws Exception {
    String url = "jdbc:h2:file:" + data.resolve("commissioning") + ";MODE=PostgreSQL";
    AuditKeys first = new AuditKeys("", "", null, url);
    Path file = data.resolve("audit.key");
    assertThat(file).exists();
    assertThat(Files.readString(file)).startsWith(first.current().id() + ":");
    AuditKeys again = new AuditKeys("", "", null, url);
    assertThat(again.current().secret()).isEqualTo(first.current().secret());
  }

  @Test
  void aKeyGivenAsASettingIsUsedAndOldKeysStillCheck() {
    AuditKeys keys =
        new AuditKeys(
            "2027-01:a-new-key-of-at-least-thirty-two-characters",
            "2026-01:the-retired-key-of-thirty-two-characters-or-more",
            null,
            "jdbc:postgresql://db/commissioning");
    assertThat(keys.current().id()).isEqualTo("2027-01");
    assertThat(keys.find("2026-01")).isPresent();
    assertThat(keys.find("2025-01")).isEmpty();
  }

  @Test
  void anyOtherDatabaseRefusesToStartWithoutAKey() {
    assertThatThrownBy(() -> new AuditKeys("", "", null, "jdbc:postgresql://db/commissioning"))
        .hasMessageContaining("COMMISSIONING_AUDIT_KEY");
  }

  @Test
  void aShortOrBadlyNamedKeyIsRefused() {
    assertThatThrownBy(() -> new AuditKeys("id:short", "", null, "jdbc:h2:mem:x"))
        .hasMessageContaining("too short");
    assertThatThrownBy(
            () ->
                new AuditKeys(
                    "bad id!:a-key-of-at-least-thirty-two-characters-long",
                    "",
                    null,
                    "jdbc:h2:mem:x"))
        .hasMessageContaining("key id");
  }
}
