package org.commissioninghub.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 360Giving files written and read back grant by grant: JSON and CSV round-trip exactly, the
 * standard's column titles are used, real published files are read, and the validator names each
 * schema error's grant and field and counts the quality checks.
 */
class GrantFilesTest {

  private static final Path CONFORMANCE = Path.of("src", "test", "resources", "conformance");

  static Grant grant(String id, String amount, String title) {
    return new Grant(
        id,
        title,
        "Support for victims of crime, \"all ages\",\nacross Kent",
        "GBP",
        new BigDecimal(amount),
        "2024-04-01",
        "2024-04-01",
        "2025-03-31",
        12,
        "GB-CHC-1099999",
        "Rubicon Cares",
        "1099999",
        null,
        "Canterbury",
        "CT1 1AA",
        "Kent",
        "GB",
        "E10000016",
        "CTY",
        "GB-GOR-PC000046",
        "Police and Crime Commissioner for Kent",
        null,
        "moj-core",
        "MoJ victim services grants",
        "No",
        "2026-11-27T09:00:00Z",
        "https://hub.example/open-data");
  }

  @Test
  void jsonAndCsvRoundTripEveryField() {
    List<Grant> grants =
        List.of(
            grant("360G-kent-a", "32142.00", "Trauma counselling"),
            grant("360G-kent-b", "1029766.5", "Advocacy, support and triage"));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (GrantJsonWriter w = new GrantJsonWriter(json)) {
      grants.forEach(w::write);
    }
    List<Grant> fromJson = new ArrayList<>();
    GrantJsonReader.read(new ByteArrayInputStream(json.toByteArray()), fromJson::add);
    assertThat(fromJson).isEqualTo(grants);

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try (GrantCsvWriter w = new GrantCsvWriter(csv)) {
      fromJson.forEach(w::write);
    }
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date,");
    List<Grant> fromCsv = new ArrayList<>();
    GrantCsvReader.read(new ByteArrayInputStream(csv.toByteArray()), fromCsv::add);
    assertThat(fromCsv).isEqualTo(grants);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    try (GrantJsonWriter w = new GrantJsonWriter(again)) {
      fromCsv.forEach(w::write);
    }
    assertThat(again.toByteArray()).isEqualTo(json.toByteArray());
  }

  @Test
  void theSpreadsheetHasTheStandardsTitlesAndEveryValue() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (GrantXlsxWriter w = new GrantXlsxWriter(xlsx)) {
      w.write(grant("360G-kent-a", "32142.50", "Trauma counselling"));
    }
    try (var book =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(
            new ByteArrayInputStream(xlsx.toByteArray()))) {
      List<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("Identifier");
      assertThat(rows.get(0).getCellText(26)).isEqualTo("Data Source");
      assertThat(rows.get(1).getCellText(0)).isEqualTo("360G-kent-a");
      assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("32142.5");
      assertThat(rows.get(1).getCellText(2)).contains("\"all ages\"");
    }
  }

  @Test
  void realPublishedFilesAreReadOrRefusedWithTheRow() throws Exception {
    List<Grant> json = new ArrayList<>();
    try (InputStream in =
        new FileInputStream(
            CONFORMANCE.resolve("trafford_council_voluntary_sector_grants.json").toFile())) {
      GrantJsonReader.read(in, json::add);
    }
    assertThat(json).hasSize(555);
    assertThat(json.get(0).id()).isEqualTo("360G-traffordmbc-VSG1342");
    assertThat(json).allMatch(g -> "GB-LAE-TRF".equals(g.fundingOrgId()));
    List<Grant> csv = new ArrayList<>();
    try (InputStream in =
        new FileInputStream(
            CONFORMANCE.resolve("trafford_council_voluntary_sector_grants.csv").toFile())) {
      GrantCsvReader.read(in, csv::add);
    }
    assertThat(csv)
        .extracting(Grant::id)
        .containsExactlyElementsOf(json.stream().map(Grant::id).toList());
    assertThat(csv)
        .extracting(Grant::amountAwarded)
        .containsExactlyElementsOf(json.stream().map(Grant::amountAwarded).toList());
    // Indigo Trust's 2016 file writes durations as "12 months": not a number of months.
    assertThatThrownBy(
            () -> {
              try (InputStream in =
                  new FileInputStream(
                      CONFORMANCE.resolve("IndigoTrust_360giving_2016.csv").toFile())) {
                GrantCsvReader.read(in, g -> {});
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(
            "Row \\d+: the Amount Awarded or Planned Dates:Duration \\(months\\) is not a number");
  }

  @Test
  void theValidatorNamesEachSchemaErrorAndCountsQualityProblems() {
    String file =
        """
        {"version": "one", "extensions": ["a", "a"], "grants": [
          {"id": "360G-kent-1", "title": "Grant", "description": "Grant", "currency": "GBP",
           "amountAwarded": "ten", "awardDate": "2024-13-01",
           "recipientOrganization": [{"id": "GB-CHC-1", "name": "A"}],
           "fundingOrganization": [{"id": "GB-GOR-PC000046", "name": "PCC"}]},
          {"id": "360G-kent-2", "title": "Grant two", "currency": "GBP", "amountAwarded": 0,
           "awardDate": "1985-01-01",
           "plannedDates": [{"startDate": "2024-04-01", "endDate": "2024-03-01"}],
           "recipientOrganization": [{"id": "Rubicon", "name": "Rubicon"}],
           "fundingOrganization": [{"id": "GB-GOR-PC000046", "name": "PCC"}]},
          {"id": "360G-kent-1", "title": "Again", "currency": "GBP", "amountAwarded": 5,
           "awardDate": "2024-05-01",
           "recipientOrganization": [{"id": "GB-CHC-2", "name": "B"}],
           "fundingOrganization": [{"id": "GB-GOR-PC000046", "name": "PCC"}]}
        ]}
        """;
    ValidationReport report =
        new GrantValidator(LocalDate.of(2026, 11, 27))
            .validate(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    assertThat(report.grants()).isEqualTo(3);
    assertThat(report.publishable()).isFalse();
    assertThat(report.schemaErrors())
        .anyMatch(e -> e.equals("/version: must be major.minor, like 1.4"))
        .anyMatch(e -> e.equals("/extensions: \"a\" is listed twice"))
        .anyMatch(e -> e.startsWith("grants[0] (360G-kent-1) /amountAwarded:"))
        .anyMatch(e -> e.startsWith("grants[0] (360G-kent-1) /awardDate:"))
        .anyMatch(
            e ->
                e.equals(
                    "grants[2] (360G-kent-1): the same Identifier as an earlier grant (grants must"
                        + " be unique)"));
    assertThat(report.warnings())
        .containsEntry(GrantValidator.NOT_POSITIVE, 1L)
        .containsEntry(GrantValidator.NO_RECIPIENT_ORG_ID, 1L)
        .containsEntry(GrantValidator.DATE_OUT_OF_RANGE, 1L)
        .containsEntry(GrantValidator.ENDS_BEFORE_START, 1L)
        .containsEntry(GrantValidator.TITLE_IS_DESCRIPTION, 1L);
    assertThat(report.examples(GrantValidator.NO_RECIPIENT_ORG_ID))
        .containsExactly("360G-kent-2: Rubicon");

    ValidationReport empty =
        new GrantValidator(LocalDate.of(2026, 11, 27))
            .validate(
                new ByteArrayInputStream("{\"grants\": []}".getBytes(StandardCharsets.UTF_8)));
    assertThat(empty.schemaErrors()).containsExactly("/grants: must have at least 1 grant");
  }

  @Test
  void aRealPublishedFileValidatesWithoutSchemaErrors() throws Exception {
    try (InputStream in =
        new FileInputStream(
            CONFORMANCE.resolve("trafford_council_voluntary_sector_grants.json").toFile())) {
      ValidationReport report = new GrantValidator(LocalDate.of(2026, 11, 27)).validate(in);
      assertThat(report.grants()).isEqualTo(555);
      assertThat(report.schemaErrors()).isEmpty();
    }
  }
}
