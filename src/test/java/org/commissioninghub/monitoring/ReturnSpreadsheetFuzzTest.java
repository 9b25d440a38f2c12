package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.Fuzz;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the return spreadsheet reader (issue 15), as CSV and as .xlsx: a damaged file is refused
 * with every cell at fault named, never an unexpected exception, and an accepted one gives whole
 * numbers of at most 15 digits.
 */
class ReturnSpreadsheetFuzzTest {

  static final long RETURN = 42;

  static final ReturnTemplate TEMPLATE =
      new ReturnTemplate(
          1,
          "FUZZ",
          "Fuzz",
          null,
          List.of(
              metric(1, "REFERRALS", Unit.COUNT),
              metric(2, "SUPPORTED", Unit.COUNT),
              metric(3, "SATISFIED", Unit.PERCENT)));

  private static MetricDefinition metric(long id, String code, Unit unit) {
    return new MetricDefinition(
        id, code, code, "Section", unit, Aggregation.SUM, MetricKind.OUTPUT, null, null, (int) id);
  }

  private static final String CSV =
      "Code,Section,Measure,Unit,Value\r\n"
          + "RETURN,,\"Service, 2024/25 Q4\",,42\r\n"
          + "REFERRALS,Section,Referrals,COUNT,\"19,640\"\r\n"
          + "SUPPORTED,Section,Supported,COUNT,18400\r\n"
          + "SATISFIED,Section,Satisfied,PERCENT,97\r\n"
          + "NARRATIVE,,Narrative,TEXT,Demand held steady\r\n";

  private static byte[] xlsx() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Fuzz", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Return");
      String[][] rows = {
        {"Code", "Section", "Measure", "Unit", "Value"},
        {"RETURN", "", "", "", "42"},
        {"REFERRALS", "", "", "", "1200"},
        {"NARRATIVE", "", "", "", "Fine"}
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (c == 4 && r > 0 && r < 3) {
            sheet.value(r, c, Long.parseLong(rows[r][c]));
          } else {
            sheet.value(r, c, rows[r][c]);
          }
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void read(String name, byte[] input) {
    ReturnSpreadsheet.Upload upload = ReturnSpreadsheet.read(name, input, TEMPLATE, RETURN);
    assertThat(upload.values().values()).allMatch(v -> v.matches("\\d{1,15}"));
  }

  @Test
  void csvReadsOrRefusesNamingTheCells() {
    Fuzz.run(
        "ReturnSpreadsheet.read (csv)",
        Fuzz.utf8(CSV),
        input -> read("q.csv", input),
        Fuzz.exactly(InvalidInputException.class));
  }

  @Test
  void xlsxReadsOrRefusesNamingTheCells() throws Exception {
    Fuzz.run(
        "ReturnSpreadsheet.read (xlsx)",
        List.of(xlsx()),
        input -> read("q.xlsx", input),
        Fuzz.exactly(InvalidInputException.class));
  }

  @Test
  void theSamplesThemselvesAreAccepted() throws Exception {
    read("q.csv", CSV.getBytes(StandardCharsets.UTF_8));
    read("q.xlsx", xlsx());
  }
}
