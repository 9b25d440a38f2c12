package org.commissioninghub.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Applied migrations are history: editing one breaks every database that already ran it. This test
 * holds the checksum of each migration; a new migration is added to the list, an old one is never
 * changed.
 */
class MigrationHistoryTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path VENDOR = Path.of("src/main/resources/db/vendor");
  private static final Path LEDGER = Path.of("src/test/resources/migrations.sha256");

  @Test
  void migrationsAreNeverEditedOnceRecorded() throws Exception {
    Map<String, String> actual = checksums();
    Map<String, String> recorded = new TreeMap<>();
    for (String line : Files.readAllLines(LEDGER)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.trim().split("\\s+");
        recorded.put(parts[1], parts[0]);
      }
    }
    assertThat(actual.keySet())
        .as("every migration is recorded in %s (add new ones with their sha256)", LEDGER)
        .containsAll(recorded.keySet());
    recorded.forEach(
        (file, sum) ->
            assertThat(actual.get(file))
                .as("%s was changed after it was recorded; write a new migration instead", file)
                .isEqualTo(sum));
    assertThat(recorded.keySet())
        .as("unrecorded migrations: record them in %s", LEDGER)
        .containsAll(actual.keySet());
  }

  @Test
  void versionsAreUniqueAndNamedByFeature() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names)
        .allMatch(n -> n.matches("V\\d{3}__[a-z0-9_]+\\.sql"), "named V###__feature_verb_noun.sql");
    List<String> versions = names.stream().map(n -> n.substring(0, 4)).toList();
    assertThat(versions).doesNotHaveDuplicates();
    // Written for one database: V041_1 etc., a sub-version of a shared migration's number.
    try (Stream<Path> vendors = Files.list(VENDOR)) {
      for (Path vendor : vendors.toList()) {
        List<String> own;
        try (Stream<Path> files = Files.list(vendor)) {
          own = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(own)
            .allMatch(n -> n.matches("V\\d{3}_\\d+__[a-z0-9_]+\\.sql"), "named V###_#__feature.sql")
            .allMatch(n -> versions.contains(n.substring(0, 4)), "sub-version of a shared one");
        assertThat(own.stream().map(n -> n.substring(0, n.indexOf("__"))).toList())
            .doesNotHaveDuplicates();
      }
    }
  }

  private static Map<String, String> checksums() throws IOException, NoSuchAlgorithmException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.collect(Collectors.toList())) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        sums.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
      }
    }
    try (Stream<Path> files = Files.walk(VENDOR)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        sums.put(
            VENDOR.relativize(file).toString().replace('\\', '/'),
            HexFormat.of().formatHex(digest));
      }
    }
    return sums;
  }
}
