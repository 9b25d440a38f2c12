package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public 360Giving CSV goes through the product's one CSV writer, so a title a spreadsheet
 * would run as a formula is published inert (issue 15, defect 4), and reads back as it was typed.
 */
class GrantCsvFormulaTest {

  @Test
  void formulaTitlesArePublishedInertAndReadBackAsTyped() {
    List<String> titles = List.of("=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "@A1", "-1+2");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GrantCsvWriter csv = new GrantCsvWriter(out)) {
      for (int i = 0; i < titles.size(); i++) {
        csv.write(GrantFilesTest.grant("360G-kent-" + i, "-12.50", titles.get(i)));
      }
    }
    String file = out.toString(StandardCharsets.UTF_8);
    assertThat(file)
        .contains(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+SUM(1,2)\"", ",'@A1,", ",'-1+2,")
        .contains(",-12.50,")
        .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",+SUM", ",\"+SUM", ",@A1");

    List<String> read = new ArrayList<>();
    GrantCsvReader.read(new ByteArrayInputStream(out.toByteArray()), g -> read.add(g.title()));
    assertThat(read).containsExactlyElementsOf(titles);
  }
}
