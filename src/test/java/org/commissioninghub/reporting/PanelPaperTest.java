package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditEntry;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.payments.PaymentView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Police and Crime Panel paper of seeds/001 as the demo makes it, checked row by row against
 * the paper: its page, CSV and spreadsheet; an officer making a paper of their own, with bad
 * choices refused by field and nothing changed; and who may see and change papers.
 */
@HubTest
class PanelPaperTest {

  /** seeds/001 §4, word for word. */
  static final String SELECTION =
      "For information, the first three items were selected by Panel Officers on behalf of Members"
          + " and relate to 2018/19 expenditure. The last item was selected by the OPCC and relates"
          + " to 2019/20 expenditure.";

  /**
   * The seed's four payments: date, payee (the seed's heading in capitals; the ISVA contract's
   * supplier per §27), amount, and words of the purpose the seed gives (§7, §10, §15, §24–25).
   */
  record SeedItem(String date, String payee, String amount, String source, String purpose) {}

  static final List<SeedItem> SEED =
      List.of(
          new SeedItem(
              "2018-11-09",
              "GRAVESHAM NETWORK DEVELOPMENT CIC",
              "10000.00",
              "Safer in Kent Fund",
              "3 youth music events in Gravesham"),
          new SeedItem(
              "2018-11-14",
              "REFORM RESTORE RESPECT",
              "10000.00",
              "Safer in Kent Fund",
              "challenging gang and knife behaviour, delivered in Kent and Medway primary and"
                  + " secondary schools via 90 minute workshops"),
          new SeedItem(
              "2019-01-30",
              "I-THREE ANALYTICS",
              "20000.00",
              "Violence Reduction Challenge",
              "Big data analysis of Kent Police's violent crime data"),
          new SeedItem(
              "2019-04-25",
              "FAMILY MATTERS",
              "112422.87",
              "Contract: ISVA and Sexual Violence Support Service (including Child ISVA)",
              "Independent Sexual Violence Advisers"));

  @Autowired MockMvc mvc;
  @Autowired PanelPapers papers;
  @Autowired Payments payments;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  // ---------------------------------------------------------------- the demo paper

  @Test
  void theDemoPaperIsSeeds001RowByRow() {
    PanelPaper paper = demoPaper();
    assertThat(paper.meetingDate()).isNull();
    assertThat(paper.items()).hasSize(4);
    for (int n = 0; n < SEED.size(); n++) {
      SeedItem seed = SEED.get(n);
      PanelPaper.Item item = paper.items().get(n);
      assertThat(item.date()).as("item %d", n + 1).isEqualTo(LocalDate.parse(seed.date()));
      assertThat(item.payee()).as("item %d", n + 1).isEqualToIgnoringCase(seed.payee());
      assertThat(item.amount().plain()).as("item %d", n + 1).isEqualTo(seed.amount());
      assertThat(item.source()).as("item %d", n + 1).isEqualTo(seed.source());
      assertThat(item.purpose()).as("item %d", n + 1).contains(seed.purpose());
      assertThat(item.outcome()).as("item %d", n + 1).isNotBlank();
    }
    assertThat(paper.items())
        .extracting(i -> i.selectedBy() + " " + i.year().label())
        .containsExactly(
            "PANEL_OFFICERS 2018/19",
            "PANEL_OFFICERS 2018/19",
            "PANEL_OFFICERS 2018/19",
            "OPCC 2019/20");
    assertThat(paper.total().plain()).isEqualTo("152422.87");
    assertThat(paper.selectionParagraph()).isEqualTo(SELECTION);
    assertThat(paper.paragraphs())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("The commissioning allocations are set out on page 19");
    // The outcomes are the paper's own words (§9, §11, §19, §28).
    assertThat(paper.items().get(0).outcome())
        .contains("one event has been delivered on 19 December 2018");
    assertThat(paper.items().get(1).outcome()).contains("20 ‘I Didn’t Know That!’ workshops");
    assertThat(paper.items().get(3).outcome()).contains("Better able to cope".toLowerCase());
  }

  @Test
  void theDemoPaperPageIsThePaper() throws Exception {
    PanelPaper paper = demoPaper();
    String html = body(get("/reports/panel-papers/" + paper.id()), officer(), 200);
    assertThat(html)
        .contains("Published expenditure over £500")
        .contains("9 November 2018 – Gravesham Network Development CIC, £10,000.00")
        .contains("14 November 2018 – Reform Restore Respect, £10,000.00")
        .contains("30 January 2019 – i-Three Analytics, £20,000.00")
        .contains("25 April 2019 – Family Matters, £112,422.87")
        .contains(SELECTION)
        .contains("Specified Information) Order 2011")
        .contains("£152,422.87")
        .contains("href=\"/reports/panel-papers/" + paper.id() + ".csv\"")
        .contains("href=\"/reports/panel-papers/" + paper.id() + ".xlsx\"");
    assertThat(body(get("/reports/panel-papers"), officer(), 200))
        .contains("Published expenditure over £500")
        .contains("Start the paper");
  }

  @Test
  void theCsvAndTheSpreadsheetHoldThePapersTable() throws Exception {
    PanelPaper paper = demoPaper();
    String csv = body(get("/reports/panel-papers/" + paper.id() + ".csv"), officer(), 200);
    List<CsvReader.Row> rows =
        CsvReader.parse(
            "paper.csv",
            csv,
            List.of(
                "Payment",
                "Date",
                "Payee",
                "Amount",
                "Financial year",
                "Selected by",
                "Fund, programme or contract",
                "Purpose",
                "Outcomes"));
    assertThat(rows).hasSize(5);
    for (int n = 0; n < SEED.size(); n++) {
      SeedItem seed = SEED.get(n);
      CsvReader.Row row = rows.get(n);
      assertThat(row.get("Date")).isEqualTo(seed.date());
      assertThat(row.get("Payee")).isEqualToIgnoringCase(seed.payee());
      assertThat(row.get("Amount")).isEqualTo(seed.amount());
      assertThat(row.get("Fund, programme or contract")).isEqualTo(seed.source());
      assertThat(row.get("Purpose")).contains(seed.purpose());
      assertThat(row.get("Outcomes")).isEqualTo(paper.items().get(n).outcome());
      assertThat(row.get("Selected by"))
          .isEqualTo(n < 3 ? PanelSelector.PANEL_OFFICERS.label() : PanelSelector.OPCC.label());
    }
    assertThat(rows.get(4).get("Payment")).isEqualTo("Total");
    assertThat(rows.get(4).get("Amount")).isEqualTo("152422.87");

    MockHttpServletResponse xlsx =
        response(get("/reports/panel-papers/" + paper.id() + ".xlsx"), officer());
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getContentType()).contains("spreadsheetml");
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      List<Row> sheet = book.getFirstSheet().read();
      assertThat(sheet).hasSize(6);
      assertThat(sheet.get(0).getCellText(0)).isEqualTo("Payment");
      assertThat(sheet.get(0).getCellText(9)).isEqualTo("Outcomes");
      for (int n = 0; n < SEED.size(); n++) {
        SeedItem seed = SEED.get(n);
        Row row = sheet.get(n + 1);
        assertThat(row.getCellAsNumber(0).orElseThrow().longValue())
            .isEqualTo(paper.items().get(n).paymentId());
        assertThat(row.getCellAsDate(1).orElseThrow().toLocalDate())
            .isEqualTo(LocalDate.parse(seed.date()));
        assertThat(row.getCellText(2)).isEqualToIgnoringCase(seed.payee());
        assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(seed.amount());
        assertThat(row.getCellText(6)).isEqualTo(seed.source());
        assertThat(row.getCellText(8)).contains(seed.purpose());
        assertThat(row.getCellText(9)).isEqualTo(rows.get(n).get("Outcomes"));
      }
      Row total = sheet.get(5);
      assertThat(total.getCellText(0)).isEqualTo("Total");
      assertThat(total.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("152422.87");
    }
  }

  // ---------------------------------------------------------------- an officer's own paper

  @Test
  void anOfficerMakesAPaperAndEveryChangeIsAudited() throws Exception {
    String location =
        response(
                post("/reports/panel-papers")
                    .param("title", "Published expenditure over £500: 2024/25")
                    .param("meetingDate", "4/2/2025")
                    .param("introduction", "First paragraph.\n\nSecond\nparagraph."),
                officer())
            .getRedirectedUrl();
    assertThat(location).matches("/reports/panel-papers/\\d+/edit");
    long id = Long.parseLong(location.replaceAll("\\D", ""));
    assertThat(body(get(location), officer(), 200)).contains("Add a payment");

    // A 2024/25 payment to the Kent Advocacy and Support Service, paid from the contract's
    // schedule: the contract comes from the record, and its outputs from its accepted returns.
    PaymentView kass = contractPayment("kent-advocacy-and-support-service");
    MockHttpServletResponse added =
        response(
            post("/reports/panel-papers/" + id + "/payments")
                .param("version", "0")
                .param("payment", String.valueOf(kass.id()))
                .param("selectedBy", "OPCC"),
            officer());
    assertThat(added.getRedirectedUrl()).isEqualTo(location);
    PanelPaper paper = papers.get(id);
    assertThat(paper.meetingDate()).isEqualTo(LocalDate.of(2025, 2, 4));
    assertThat(paper.paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
    PanelPaper.Item item = paper.items().get(0);
    assertThat(item.source()).isEqualTo("Contract: Kent Advocacy and Support Service");
    assertThat(item.purpose()).startsWith("Trauma-informed, needs and risk led support");
    assertThat(item.year()).isEqualTo(FinancialYear.parse("2024/25"));
    assertThat(item.monitored())
        .first()
        .asString()
        .matches("From \\d accepted monitoring returns? for 2024/25:");
    assertThat(item.monitored()).anyMatch(l -> l.startsWith("Referrals received: "));
    assertThat(paper.selectionParagraph())
        .isEqualTo(
            "For information, the item was selected by the OPCC and relates to 2024/25"
                + " expenditure.");

    assertThat(
            response(
                    post("/reports/panel-papers/" + id + "/payments/" + item.id())
                        .param("version", "1")
                        .param("selectedBy", "PANEL_OFFICERS")
                        .param("outcome", "Members asked about waiting times."),
                    officer())
                .getRedirectedUrl())
        .isEqualTo(location);
    paper = papers.get(id);
    assertThat(paper.items().get(0).selectedBy()).isEqualTo(PanelSelector.PANEL_OFFICERS);
    assertThat(paper.items().get(0).outcomes()).startsWith("Members asked about waiting times.\n");
    assertThat(body(get("/reports/panel-papers/" + id), officer(), 200))
        .contains("Members asked about waiting times.")
        .contains("Referrals received: ");

    response(
        post("/reports/panel-papers/" + id)
            .param("version", "2")
            .param("title", "Spending over £500, 2024/25")
            .param("meetingDate", "")
            .param("introduction", ""),
        officer());
    response(
        post("/reports/panel-papers/" + id + "/payments/" + item.id() + "/remove")
            .param("version", "3"),
        officer());
    paper = papers.get(id);
    assertThat(paper.title()).isEqualTo("Spending over £500, 2024/25");
    assertThat(paper.meetingDate()).isNull();
    assertThat(paper.items()).isEmpty();
    assertThat(paper.version()).isEqualTo(4);

    assertThat(audit.forEntity("panel-paper", String.valueOf(id)))
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder(
            "panel-paper.created",
            "panel-paper.payment-added",
            "panel-paper.payment-changed",
            "panel-paper.changed",
            "panel-paper.payment-removed");
    assertThat(audit.forEntity("panel-paper", String.valueOf(id)))
        .filteredOn(e -> e.action().equals("panel-paper.payment-changed"))
        .singleElement()
        .extracting(AuditEntry::changes)
        .asString()
        .contains("selectedBy: \"OPCC\" → \"PANEL_OFFICERS\"");
  }

  @Test
  void badChoicesAreRefusedByFieldAndChangeNothing() throws Exception {
    long id =
        papers.create("officer", new PanelPapers.Details("Refusals", null, "An introduction."));
    PaymentView exactly500 = byReference("DEMO-2019-001");
    PaymentView under500 = byReference("DEMO-2019-002");
    PaymentView iThree = byReference("VRC-2019-001");
    PaymentView gravesham = byReference("SIKF-2018-001");
    papers.add("officer", id, 0, new PanelPapers.Choice("" + gravesham.id(), "OPCC", "", ""));
    Map<String, List<String>> before = snapshot();

    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("" + exactly500.id(), "is £500.00: only payments over £500 are published");
    refusals.put("" + under500.id(), "is £350.00: only payments over £500 are published");
    refusals.put("999999", "There is no payment 999999");
    refusals.put("twelve", "There is no payment twelve");
    refusals.put("", "Choose a published payment over £500");
    refusals.put("" + gravesham.id(), "is already in this paper");
    for (Map.Entry<String, String> r : refusals.entrySet()) {
      String page =
          body(
              post("/reports/panel-papers/" + id + "/payments")
                  .param("version", "1")
                  .param("payment", r.getKey())
                  .param("selectedBy", "PANEL_OFFICERS"),
              officer(),
              200);
      assertThat(page).as(r.getKey()).contains("There is a problem").contains(r.getValue());
      assertThat(page).contains("href=\"#payment\"").contains("id=\"payment-error\"");
    }
    String noSelector =
        body(
            post("/reports/panel-papers/" + id + "/payments")
                .param("version", "1")
                .param("payment", "" + iThree.id())
                .param("selectedBy", "MEMBERS")
                .param("contract", "isva-and-sv-support-service"),
            officer(),
            200);
    assertThat(noSelector)
        .contains("href=\"#selectedBy\"")
        .contains("Choose who selected this payment")
        .contains("href=\"#contract\"")
        .contains("supplies no lot of the contract ISVA and Sexual Violence Support Service");
    assertThat(
            body(
                post("/reports/panel-papers/" + id + "/payments")
                    .param("version", "1")
                    .param("payment", "" + iThree.id())
                    .param("selectedBy", "OPCC")
                    .param("contract", "no-such-contract")
                    .param("outcome", "x".repeat(4001)),
                officer(),
                200))
        .contains("There is no contract no-such-contract")
        .contains("The outcomes must be 4000 characters or fewer");
    // A change to a payment already in the paper names the fields of its own form.
    long itemId = papers.get(id).items().get(0).id();
    assertThat(
            body(
                post("/reports/panel-papers/" + id + "/payments/" + itemId)
                    .param("version", "1")
                    .param("selectedBy", ""),
                officer(),
                200))
        .contains("href=\"#items-" + itemId + "-selectedBy\"")
        .contains("id=\"items-" + itemId + "-selectedBy-error\"");
    // Someone else changed the paper meanwhile: refused, not overwritten.
    assertThat(
            body(
                post("/reports/panel-papers/" + id + "/payments")
                    .param("version", "0")
                    .param("payment", "" + iThree.id())
                    .param("selectedBy", "OPCC"),
                officer(),
                409))
        .contains("Someone else changed the paper");
    // A paper needs a title; a meeting date must be a date.
    String blank =
        body(
            post("/reports/panel-papers")
                .param("title", "  ")
                .param("meetingDate", "31/2/2025")
                .param("introduction", "Text"),
            officer(),
            200);
    assertThat(blank)
        .contains("href=\"#title\"")
        .contains("Enter the paper&#39;s title")
        .contains("href=\"#meetingDate\"")
        .contains("is not a real date");
    assertThat(
            body(
                post("/reports/panel-papers/" + id)
                    .param("version", "1")
                    .param("title", "")
                    .param("introduction", "Changed"),
                officer(),
                200))
        .contains("Enter the paper&#39;s title");
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- access

  @Test
  void staffReadPapersOfficersChangeThemAndProvidersSeeNothing() throws Exception {
    long id = demoPaper().id();
    for (String path :
        List.of(
            "/reports/panel-papers",
            "/reports/panel-papers/" + id,
            "/reports/panel-papers/" + id + ".csv",
            "/reports/panel-papers/" + id + ".xlsx",
            "/reports/panel-papers/" + id + "/edit")) {
      assertThat(response(get(path), provider()).getStatus()).as(path).isEqualTo(403);
      assertThat(response(get(path), r -> r).getStatus()).as(path).isEqualTo(302);
      assertThat(response(get(path), officer()).getStatus()).as(path).isEqualTo(200);
      assertThat(response(get(path), auditor()).getStatus())
          .as(path)
          .isEqualTo(path.endsWith("/edit") ? 403 : 200);
    }
    assertThat(body(get("/reports/panel-papers/" + id), auditor(), 200))
        .doesNotContain("Change the paper");
    assertThat(body(get("/reports/panel-papers"), auditor(), 200))
        .doesNotContain("Start the paper");
    // Reading and downloading add export entries to the audit trail; changes are all refused.
    Map<String, List<String>> before = snapshot();
    List<MockHttpServletRequestBuilder> changes =
        List.of(
            post("/reports/panel-papers").param("title", "Provider's paper"),
            post("/reports/panel-papers/" + id).param("version", "4").param("title", "Renamed"),
            post("/reports/panel-papers/" + id + "/payments")
                .param("version", "4")
                .param("payment", "" + byReference("VRC-2019-001").id())
                .param("selectedBy", "OPCC"));
    for (MockHttpServletRequestBuilder change : changes) {
      assertThat(response(change, provider()).getStatus()).isEqualTo(403);
      assertThat(response(change, auditor()).getStatus()).isEqualTo(403);
      assertThat(response(change, user("finance").roles("FINANCE")).getStatus()).isEqualTo(403);
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- the funder return

  @Test
  void theFunderReturnSpreadsheetHoldsTheSameRowsAsItsCsv() throws Exception {
    String stream = "moj-core-2024-25";
    String csv = body(get("/reports/funder-return.csv?stream=" + stream), officer(), 200);
    List<CsvReader.Row> rows =
        CsvReader.parse("return.csv", csv, List.of("Section", "Item", "Detail", "Value"));
    MockHttpServletResponse xlsx =
        response(get("/reports/funder-return.xlsx?stream=" + stream), officer());
    assertThat(xlsx.getStatus()).isEqualTo(200);
    assertThat(xlsx.getHeader("Content-Disposition"))
        .contains("funder-return-moj-core-2024-25.xlsx");
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
      List<Row> sheet = book.getFirstSheet().read();
      assertThat(sheet.get(0).getCellText(0)).isEqualTo("Section");
      assertThat(sheet).hasSize(rows.size() + 1);
      List<String> fromSheet = new ArrayList<>();
      for (Row row : sheet.subList(1, sheet.size())) {
        String section = text(row, 0);
        String value =
            section.equals("Stream")
                ? text(row, 3)
                : row.getOptionalCell(3)
                    .filter(c -> c.getType() == CellType.NUMBER)
                    .map(c -> c.asNumber().stripTrailingZeros().toPlainString())
                    .orElse("");
        fromSheet.add(String.join("|", section, text(row, 1), text(row, 2), value));
      }
      List<String> fromCsv =
          rows.stream()
              .map(
                  r ->
                      String.join(
                          "|",
                          r.get("Section"),
                          r.get("Item"),
                          blankIfNull(r.get("Detail")),
                          r.get("Section").equals("Stream") || r.get("Value") == null
                              ? blankIfNull(r.get("Value"))
                              : new BigDecimal(r.get("Value"))
                                  .stripTrailingZeros()
                                  .toPlainString()))
              .toList();
      assertThat(fromSheet).isEqualTo(fromCsv);
    }
    assertThat(fromCsvAllocated(rows)).isEqualTo("2113627.51");
    assertThat(body(get("/reports/funder-return?year=2024/25&stream=" + stream), officer(), 200))
        .contains("href=\"/reports/funder-return.xlsx?stream=" + stream + "\"");
    assertThat(
            audit.search(
                new org.commissioninghub.audit.AuditQuery(null, "file", null, null, null), 50))
        .extracting(AuditEntry::entityId)
        .contains("funder-return-moj-core-2024-25.xlsx", "funder-return-moj-core-2024-25.csv");
  }

  // ---------------------------------------------------------------- helpers

  private static String blankIfNull(String text) {
    return text == null ? "" : text;
  }

  private static String text(Row row, int column) {
    return row.getOptionalCell(column).map(Cell::getText).orElse("");
  }

  private static String fromCsvAllocated(List<CsvReader.Row> rows) {
    return rows.stream()
        .filter(r -> r.get("Item").equals("Allocated"))
        .map(r -> r.get("Value"))
        .findFirst()
        .orElseThrow();
  }

  private PanelPaper demoPaper() {
    return papers.get(
        papers.list().stream()
            .filter(p -> p.title().equals("Published expenditure over £500"))
            .findFirst()
            .orElseThrow()
            .id());
  }

  private PaymentView byReference(String reference) {
    return payments.list(null, null, null).stream()
        .filter(p -> p.reference().equals(reference))
        .findFirst()
        .orElseThrow();
  }

  private PaymentView contractPayment(String contract) {
    return payments.list(FinancialYear.parse("2024/25"), null, null).stream()
        .filter(p -> p.scheduledPaymentId() != null)
        .filter(
            p -> contract.equals(payments.scheduled(p.scheduledPaymentId()).instrumentPublicId()))
        .filter(p -> p.amount().isGreaterThan(Money.ofPounds(500)))
        .findFirst()
        .orElseThrow();
  }

  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> all = new LinkedHashMap<>(DatabaseSnapshot.of(jdbc));
    for (String table : List.of("panel_paper", "panel_paper_item")) {
      all.put(
          table,
          jdbc.sql("SELECT * FROM " + table + " ORDER BY id")
              .query(
                  (rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                      row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                  })
              .list());
    }
    return all;
  }

  private MockHttpServletResponse response(
      MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
    return mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
  }

  private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who, int status)
      throws Exception {
    MockHttpServletResponse r = response(request, who);
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getStatus()).as(body).isEqualTo(status);
    return body;
  }

  private static RequestPostProcessor officer() {
    return user("officer").roles("OFFICER");
  }

  private static RequestPostProcessor auditor() {
    return user("auditor").roles("AUDITOR");
  }

  private static RequestPostProcessor provider() {
    return user("provider").roles("PROVIDER");
  }
}
