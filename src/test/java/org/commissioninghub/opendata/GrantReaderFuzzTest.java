package org.commissioninghub.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.support.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the 360Giving readers (issue 15): a damaged CSV or JSON file is refused with an
 * IllegalArgumentException naming the problem, and whatever is read can be written again.
 */
class GrantReaderFuzzTest {

  private static byte[] sampleCsv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GrantCsvWriter csv = new GrantCsvWriter(out)) {
      csv.write(GrantFilesTest.grant("360G-kent-1", "1250.50", "=HYPERLINK(\"x\")"));
      csv.write(GrantFilesTest.grant("360G-kent-2", "-12.50", "Safe spaces"));
    }
    return out.toByteArray();
  }

  private static byte[] sampleJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GrantJsonWriter json = new GrantJsonWriter(out)) {
      json.write(GrantFilesTest.grant("360G-kent-1", "1250.50", "Title"));
    }
    return out.toByteArray();
  }

  /** Reading must give grants that write out again, without a number blowing up. */
  private static void writeAgain(Grant g) {
    try (GrantCsvWriter csv = new GrantCsvWriter(new ByteArrayOutputStream());
        GrantJsonWriter json = new GrantJsonWriter(new ByteArrayOutputStream())) {
      csv.write(g);
      json.write(g);
    }
  }

  @Test
  void theCsvReaderReadsOrRefuses() {
    Fuzz.run(
        "GrantCsvReader.read",
        List.of(sampleCsv()),
        input ->
            GrantCsvReader.read(new ByteArrayInputStream(input), GrantReaderFuzzTest::writeAgain),
        Fuzz.exactly(IllegalArgumentException.class));
  }

  @Test
  void theJsonReaderReadsOrRefuses() {
    Fuzz.run(
        "GrantJsonReader.read",
        List.of(sampleJson(), "{\"grants\":[]}".getBytes(StandardCharsets.UTF_8)),
        input ->
            GrantJsonReader.read(new ByteArrayInputStream(input), GrantReaderFuzzTest::writeAgain),
        Fuzz.exactly(IllegalArgumentException.class));
  }
}
