package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports stream: 100,000 grants (about 60 MB of JSON) convert and validate in a separate JVM
 * whose heap is capped at 48 MB, which could not hold them all.
 */
class StreamingMemoryTest {

  private static final int GRANTS = 100_000;

  @TempDir Path dir;

  @Test
  void oneHundredThousandGrantsConvertAndValidateInASmallHeap() throws Exception {
    Path json = dir.resolve("grants.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json));
        GrantJsonWriter w = new GrantJsonWriter(out)) {
      for (int i = 0; i < GRANTS; i++) {
        w.write(
            new Grant(
                "360G-bench-" + i,
                "Grant " + i + " to a community group",
                "To run sessions for victims of crime, number " + i,
                "GBP",
                BigDecimal.valueOf(1_000 + i % 50_000),
                "2024-04-01",
                "2024-04-01",
                "2025-03-31",
                12,
                "GB-CHC-" + (1_000_000 + i),
                "Group " + i,
                String.valueOf(1_000_000 + i),
                null,
                "Canterbury",
                "CT1 1AA",
                "Kent",
                "GB",
                "E10000016",
                "CTY",
                "GB-GOR-PC1",
                "Police and Crime Commissioner",
                null,
                "VS",
                "Victim services",
                "Yes",
                "2024-10-05T09:30:00Z",
                "https://grants.example.org/open-data"));
      }
    }
    assertThat(Files.size(json)).isGreaterThan(48L * 1024 * 1024);
    Path csv = dir.resolve("grants.csv");
    Path back = dir.resolve("back.json");
    assertThat(run("to-csv", json, csv)).contains("grants=" + GRANTS);
    assertThat(run("to-json", csv, back)).contains("grants=" + GRANTS);
    assertThat(Files.mismatch(json, back)).isEqualTo(-1L);
    assertThat(run("validate", json)).contains("grants=" + GRANTS, "schema-errors=0");
  }

  private String run(String command, Path... files) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx48m",
                "-cp",
                System.getProperty("java.class.path"),
                ThreeSixtyTool.class.getName(),
                command));
    for (Path f : files) {
      args.add(f.toString());
    }
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }
}
