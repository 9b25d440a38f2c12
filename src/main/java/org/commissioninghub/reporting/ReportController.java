package org.commissioninghub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final AwardsMatrixQuery matrices;
  private final MojRecipientsQuery recipients;
  private final FundingPositionQuery positions;
  private final ReportYears years;
  private final CliffEdgeQuery cliffEdges;
  private final java.time.Clock clock;
  private final org.commissioninghub.audit.AuditLog audit;

  ReportController(
      AwardsMatrixQuery matrices,
      MojRecipientsQuery recipients,
      FundingPositionQuery positions,
      ReportYears years,
      CliffEdgeQuery cliffEdges,
      java.time.Clock clock,
      org.commissioninghub.audit.AuditLog audit) {
    this.cliffEdges = cliffEdges;
    this.clock = clock;
    this.matrices = matrices;
    this.recipients = recipients;
    this.positions = positions;
    this.years = years;
    this.audit = audit;
  }

  @GetMapping("/reports")
  String index(Model model) {
    model.addAttribute("years", years.all());
    return "reporting/index";
  }

  @GetMapping("/funding")
  String funding(@RequestParam(required = false) String year, Model model) {
    FinancialYear fy = years.chosenOrLatest(year);
    model.addAttribute("years", years.all());
    model.addAttribute("year", fy);
    model.addAttribute("position", positions.position(fy, null));
    return "reporting/funding";
  }

  @GetMapping("/awards/matrix")
  String matrix(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String group,
      Model model) {
    FinancialYear fy = years.chosenOrLatest(year);
    String chosen = years.groupOrDefault(fy, group);
    model.addAttribute("years", years.all());
    model.addAttribute("groups", years.groups(fy));
    model.addAttribute("group", chosen == null ? "all" : chosen);
    model.addAttribute("matrix", matrices.matrix(fy, chosen, null));
    return "reporting/matrix";
  }

  @GetMapping("/awards/matrix.csv")
  ResponseEntity<byte[]> matrixCsv(
      @RequestParam(required = false) String year, @RequestParam(required = false) String group) {
    FinancialYear fy = years.chosenOrLatest(year);
    AwardsMatrix matrix = matrices.matrix(fy, years.groupOrDefault(fy, group), null);
    CsvWriter csv = new CsvWriter();
    List<String> header = new ArrayList<>(List.of("Organisation", "Services funded"));
    matrix.columns().forEach(c -> header.add(c.name()));
    header.add("Total");
    csv.row(header);
    for (AwardsMatrix.Row row : matrix.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.organisationName(), row.services()));
      row.cells().forEach(c -> cells.add(c == null ? "" : c.plain()));
      cells.add(row.total().plain());
      csv.row(cells);
    }
    List<String> totals = new ArrayList<>(List.of("Total", ""));
    matrix.columns().forEach(c -> totals.add(c.total().plain()));
    totals.add(matrix.grandTotal().plain());
    csv.row(totals);
    return download(
        csv.toString().getBytes(StandardCharsets.UTF_8), CSV, "awards-matrix-" + slug(fy) + ".csv");
  }

  @GetMapping("/awards/matrix.xlsx")
  ResponseEntity<byte[]> matrixXlsx(
      @RequestParam(required = false) String year, @RequestParam(required = false) String group)
      throws IOException {
    FinancialYear fy = years.chosenOrLatest(year);
    AwardsMatrix matrix = matrices.matrix(fy, years.groupOrDefault(fy, group), null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Commissioning Hub", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("Awards " + slug(fy));
      sheet.value(0, 0, "Organisation");
      sheet.value(0, 1, "Services funded");
      int last = matrix.columns().size() + 2;
      for (int c = 0; c < matrix.columns().size(); c++) {
        sheet.value(0, c + 2, matrix.columns().get(c).name());
      }
      sheet.value(0, last, "Total");
      sheet.range(0, 0, 0, last).style().bold().set();
      int r = 1;
      for (AwardsMatrix.Row row : matrix.rows()) {
        sheet.value(r, 0, row.organisationName());
        sheet.value(r, 1, row.services());
        for (int c = 0; c < row.cells().size(); c++) {
          moneyCell(sheet, r, c + 2, row.cells().get(c));
        }
        moneyCell(sheet, r, last, row.total());
        r++;
      }
      sheet.value(r, 0, "Total");
      for (int c = 0; c < matrix.columns().size(); c++) {
        moneyCell(sheet, r, c + 2, matrix.columns().get(c).total());
      }
      moneyCell(sheet, r, last, matrix.grandTotal());
      sheet.range(r, 0, r, last).style().bold().set();
    }
    return download(bytes.toByteArray(), XLSX, "awards-matrix-" + slug(fy) + ".xlsx");
  }

  /**
   * The funding cliff edge: streams ceasing on or before the date (by default the end of this
   * financial year) and everything they pay for.
   */
  @GetMapping("/funding/cliff-edge")
  String cliffEdge(@RequestParam(required = false) String date, Model model) {
    org.commissioninghub.shared.Problems problems = new org.commissioninghub.shared.Problems();
    java.time.LocalDate day = cliffEdgeDate(date, problems);
    org.commissioninghub.shared.FieldIds.show(model, problems.list());
    model.addAttribute("typedDate", date == null ? day.toString() : date);
    model.addAttribute("edge", cliffEdges.on(day));
    return "reporting/cliff-edge";
  }

  @GetMapping("/funding/cliff-edge.csv")
  ResponseEntity<byte[]> cliffEdgeCsv(@RequestParam(required = false) String date) {
    org.commissioninghub.shared.Problems problems = new org.commissioninghub.shared.Problems();
    java.time.LocalDate day = cliffEdgeDate(date, problems);
    problems.throwIfAny("CLIFF-EDGE-1");
    CliffEdge edge = cliffEdges.on(day);
    CsvWriter csv = new CsvWriter();
    csv.row(
        List.of(
            "Funding line",
            "Stream",
            "Funding ceases",
            "Financial year",
            "Organisation",
            "Award",
            "Contract",
            "Service",
            "Amount at risk"));
    for (CliffEdge.FundingLine line : edge.lines()) {
      for (CliffEdge.Dependant d : line.dependants()) {
        csv.row(
            List.of(
                line.name(),
                d.streamName(),
                line.ceasesOn().toString(),
                d.year().label(),
                d.organisationName(),
                d.awardPublicId(),
                d.contractPublicId() == null ? "" : d.contractPublicId(),
                d.service(),
                d.amount().plain()));
      }
      if (line.dependants().isEmpty()) {
        csv.row(
            List.of(
                line.name(), "", line.ceasesOn().toString(), "", "", "", "", "Nothing funded", ""));
      }
    }
    csv.row(List.of("Total", "", "", "", "", "", "", "", edge.totalAtRisk().plain()));
    return download(
        csv.toString().getBytes(StandardCharsets.UTF_8), CSV, "cliff-edge-" + day + ".csv");
  }

  private java.time.LocalDate cliffEdgeDate(
      String date, org.commissioninghub.shared.Problems problems) {
    java.time.LocalDate fallback = FinancialYear.containing(java.time.LocalDate.now(clock)).end();
    if (date == null || date.isBlank()) {
      return fallback;
    }
    java.time.LocalDate parsed =
        org.commissioninghub.shared.Dates.parseOptional(problems, "date", date);
    return parsed == null ? fallback : parsed;
  }

  @GetMapping("/reports/moj-recipients")
  String mojRecipients(@RequestParam(required = false) String year, Model model) {
    FinancialYear fy = years.chosenOrLatest(year);
    model.addAttribute("years", years.all());
    model.addAttribute("report", recipients.recipients(fy));
    return "reporting/moj-recipients";
  }

  @GetMapping("/reports/moj-recipients.csv")
  ResponseEntity<byte[]> mojRecipientsCsv(@RequestParam(required = false) String year) {
    FinancialYear fy = years.chosenOrLatest(year);
    MojRecipients report = recipients.recipients(fy);
    CsvWriter csv = new CsvWriter();
    csv.row(List.of("Category", "Recipient", "Amount"));
    for (MojRecipients.Category category : report.categories()) {
      for (MojRecipients.Recipient r : category.recipients()) {
        csv.row(List.of(category.name(), r.label(), r.amount().plain()));
      }
      csv.row(List.of(category.name(), "Subtotal", category.subtotal().plain()));
    }
    csv.row(List.of("Total", "", report.grandTotal().plain()));
    return download(
        csv.toString().getBytes(StandardCharsets.UTF_8),
        CSV,
        "moj-recipients-" + slug(fy) + ".csv");
  }

  /** The MoJ list as a spreadsheet: the same rows as the CSV, amounts as numbers in pounds. */
  @GetMapping("/reports/moj-recipients.xlsx")
  ResponseEntity<byte[]> mojRecipientsXlsx(@RequestParam(required = false) String year)
      throws IOException {
    FinancialYear fy = years.chosenOrLatest(year);
    MojRecipients report = recipients.recipients(fy);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Commissioning Hub", "1.0")) {
      Worksheet sheet = workbook.newWorksheet("MoJ recipients " + slug(fy));
      sheet.value(0, 0, "Category");
      sheet.value(0, 1, "Recipient");
      sheet.value(0, 2, "Amount");
      sheet.range(0, 0, 0, 2).style().bold().set();
      int r = 1;
      for (MojRecipients.Category category : report.categories()) {
        for (MojRecipients.Recipient recipient : category.recipients()) {
          sheet.value(r, 0, category.name());
          sheet.value(r, 1, recipient.label());
          moneyCell(sheet, r++, 2, recipient.amount());
        }
        sheet.value(r, 0, category.name());
        sheet.value(r, 1, "Subtotal");
        moneyCell(sheet, r, 2, category.subtotal());
        sheet.range(r, 0, r, 2).style().bold().set();
        r++;
      }
      sheet.value(r, 0, "Total");
      moneyCell(sheet, r, 2, report.grandTotal());
      sheet.range(r, 0, r, 2).style().bold().set();
      sheet.width(1, 60);
    }
    return download(bytes.toByteArray(), XLSX, "moj-recipients-" + slug(fy) + ".xlsx");
  }

  private static void moneyCell(Worksheet sheet, int r, int c, Money money) {
    if (money != null) {
      sheet.value(r, c, money.toPounds());
      sheet.style(r, c).format("£#,##0.00").set();
    }
  }

  private static String slug(FinancialYear year) {
    return year.label().replace('/', '-');
  }

  private <T> ResponseEntity<T> download(T body, MediaType type, String filename) {
    audit.recordExport(filename, type.toString());
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
