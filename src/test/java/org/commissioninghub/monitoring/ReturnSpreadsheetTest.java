package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A return filled in offline: the spreadsheet downloaded for a return is uploaded back; every
 * broken cell is named by row and column and nothing is saved from a rejected file; the officer's
 * RAG rating needs a reason.
 */
@HubTest
class ReturnSpreadsheetTest {

  @Autowired MonitoringReturns monitoring;
  @Autowired ReturnWorkflow workflow;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  private Actor provider;
  private long id;

  @BeforeEach
  void aReturnOwed() {
    provider = actors.byName("provider");
    id =
        monitoring.issueFor("officer", "victim-support-2024-25", null).stream()
            .filter(r -> r.period().quarter() == 4)
            .findFirst()
            .orElseThrow()
            .id();
  }

  @Test
  void theDownloadedCsvFilledInAndUploadedSavesItsFigures() {
    String csv = new String(workflow.spreadsheet(provider, id, false), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst()).contains("Code,Section,Measure,Unit,Value");
    assertThat(csv).contains("RETURN,,\"Kent Advocacy and Support Service, 2024/25 Q4");
    String filled =
        csv.replace(
                "REFERRALS,Referrals,Referrals received,COUNT,",
                "REFERRALS,Referrals,Referrals received,COUNT,\"19,640\"")
            .replace(
                "SUPPORTED,Support,Individuals supported,COUNT,",
                "SUPPORTED,Support,Individuals supported,COUNT,18400")
            .replace(
                "NARRATIVE,,Narrative: what the figures mean,TEXT,",
                "NARRATIVE,,Narrative: what the figures mean,TEXT,Demand held steady");
    workflow.upload(
        provider, id, workflow.version(id), "q4.csv", filled.getBytes(StandardCharsets.UTF_8));
    assertThat(workflow.values(id))
        .containsEntry("REFERRALS", 19_640L)
        .containsEntry("SUPPORTED", 18_400L);
    assertThat(workflow.narrative(id)).isEqualTo("Demand held steady");
  }

  @Test
  void anXlsxWithNumbersIsReadAndEveryBrokenCellIsNamedWithNothingSaved() throws Exception {
    byte[] good =
        xlsx(
            List.of(
                List.of("RETURN", "", "", "", id),
                List.of("REFERRALS", "", "", "", 1200),
                List.of("SUPPORTED", "", "", "", 1100.0)));
    workflow.upload(provider, id, workflow.version(id), "q4.xlsx", good);
    assertThat(workflow.values(id))
        .containsEntry("REFERRALS", 1200L)
        .containsEntry("SUPPORTED", 1100L);

    byte[] broken =
        xlsx(
            List.of(
                List.of("RETURN", "", "", "", id),
                List.of("REFERRALS", "", "", "", 12.5),
                List.of("SUPPORTED", "", "", "", "lots"),
                List.of("OPEN_CASES", "", "", "", -3),
                List.of("NO_SUCH_MEASURE", "", "", "", 4),
                List.of("SUPPORTED", "", "", "", 10),
                List.of("", "", "", "", 7)));
    var before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(() -> workflow.upload(provider, id, workflow.version(id), "q4.xlsx", broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::message)
                    .containsExactly(
                        "Row 3, column E: Referrals received: enter a whole number of people or"
                            + " things, not \"12.5\"",
                        "Row 4, column E: Individuals supported: enter a whole number of people or"
                            + " things, not \"lots\"",
                        "Row 5, column E: Open cases at the end of the quarter: enter a whole"
                            + " number of people or things, not \"-3\"",
                        "Row 6, column A: \"NO_SUCH_MEASURE\" is not a measure of this return's"
                            + " template",
                        "Row 7, column A: SUPPORTED is also on row 4; give it once",
                        "Row 8, column A: there is a value in column E but no measure code"));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aSpreadsheetForAnotherReturnOrOfAnotherKindIsRefused() throws Exception {
    long other =
        monitoring.returnsFor("victim-support-2024-25").stream()
            .filter(r -> r.id() != id)
            .findFirst()
            .orElseThrow()
            .id();
    byte[] forOther = workflow.spreadsheet(provider, other, true);
    var before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () -> workflow.upload(provider, id, workflow.version(id), "x.xlsx", forOther))
        .hasMessageContaining(
            "Row 2, column E: this spreadsheet is for return " + other + ", not return " + id);
    assertThatThrownBy(
            () -> workflow.upload(provider, id, workflow.version(id), "notes.txt", new byte[] {1}))
        .hasMessageContaining("must be an .xlsx or .csv spreadsheet");
    assertThatThrownBy(
            () ->
                workflow.upload(provider, id, workflow.version(id), "fake.xlsx", new byte[] {1, 2}))
        .hasMessageContaining("could not be read as an .xlsx spreadsheet");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void theOfficerRatesAQuarterWithAReasonAndTheRatingIsKept() {
    Actor officer = actors.byName("officer");
    MonitoringReturnView accepted =
        monitoring.returns(officer).stream()
            .filter(r -> "ekrcc-2024-25".equals(r.awardPublicId()) && r.period().quarter() == 1)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                workflow.rate(
                    officer,
                    accepted.id(),
                    new ReturnCommands.RatingRequest("GREEN", " ").toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("ragReason"));
    assertThatThrownBy(
            () ->
                workflow.rate(
                    officer, id, new ReturnCommands.RatingRequest("GREEN", "Early").toCommand()))
        .hasMessageContaining("once its return has been certified");
    workflow.rate(
        officer,
        accepted.id(),
        new ReturnCommands.RatingRequest("AMBER", "Waiting list grew to 12 weeks").toCommand());
    MonitoringReturnView rated = workflow.get(officer, accepted.id());
    assertThat(rated.rag()).isEqualTo(Rag.AMBER);
    assertThat(rated.ragReason()).isEqualTo("Waiting list grew to 12 weeks");
  }

  private static byte[] xlsx(List<List<Object>> rows) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Return");
      List<String> header = ReturnSpreadsheet.HEADER;
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            sheet.value(r + 1, c, n);
          } else if (!"".equals(v)) {
            sheet.value(r + 1, c, (String) v);
          }
        }
      }
    }
    return bytes.toByteArray();
  }
}
