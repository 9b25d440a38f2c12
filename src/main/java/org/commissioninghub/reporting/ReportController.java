package org.commissioninghub.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReportController {

  private final AwardsMatrixQuery matrices;
  private final MojRecipientsQuery recipients;
  private final FundingPositionQuery positions;
  private final ReportYears years;
  private final CliffEdgeQuery cliffEdges;
  private final java.time.Clock clock;
  private final Downloads downloads;

  ReportController(
      AwardsMatrixQuery matrices,
      MojRecipientsQuery recipients,
      FundingPositionQuery positions,
      ReportYears years,
      CliffEdgeQuery cliffEdges,
      java.time.Clock clock,
      Downloads downloads) {
    this.cliffEdges = cliffEdges;
    this.clock = clock;
    this.matrices = matrices;
    this.recipients = recipients;
    this.positions = positions;
    this.years = years;
    this.downloads = downloads;
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
    return downloads.csv(
        csv.toString().getBytes(StandardCharsets.UTF_8), "awards-matrix-" + slug(fy) + ".csv");
  }

  @GetMapping("/awards/matrix.xlsx")
  ResponseEntity<byte[]> matrixXlsx(
      @RequestParam(required = false) String year, @RequestParam(required = false) String group) {
    FinancialYear fy = years.chosenOrLatest(year);
    AwardsMatrix matrix = matrices.matrix(fy, years.groupOrDefault(fy, group), null);
    List<String> header = new ArrayList<>(List.of("Organisation", "Services funded"));
    matrix.columns().forEach(c -> header.add(c.name()));
    header.add("Total");
    byte[] xlsx =
        Spreadsheets.workbook(
            "Awards " + slug(fy),
            sheet -> {
              Spreadsheets.header(sheet, 0, header);
              int last = header.size() - 1;
              int r = 1;
              for (AwardsMatrix.Row row : matrix.rows()) {
                sheet.value(r, 0, row.organisationName());
                sheet.value(r, 1, row.services());
                for (int c = 0; c < row.cells().size(); c++) {
                  Spreadsheets.money(sheet, r, c + 2, row.cells().get(c));
                }
                Spreadsheets.money(sheet, r, last, row.total());
                r++;
              }
              sheet.value(r, 0, "Total");
              for (int c = 0; c < matrix.columns().size(); c++) {
                Spreadsheets.money(sheet, r, c + 2, matrix.columns().get(c).total());
              }
              Spreadsheets.money(sheet, r, last, matrix.grandTotal());
              Spreadsheets.bold(sheet, r, last);
            });
    return downloads.xlsx(xlsx, "awards-matrix-" + slug(fy) + ".xlsx");
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
    return downloads.csv(
        csv.toString().getBytes(StandardCharsets.UTF_8), "cliff-edge-" + day + ".csv");
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
    return downloads.csv(
        csv.toString().getBytes(StandardCharsets.UTF_8), "moj-recipients-" + slug(fy) + ".csv");
  }

  /** The MoJ list as a spreadsheet: the same rows as the CSV, amounts as numbers in pounds. */
  @GetMapping("/reports/moj-recipients.xlsx")
  ResponseEntity<byte[]> mojRecipientsXlsx(@RequestParam(required = false) String year) {
    FinancialYear fy = years.chosenOrLatest(year);
    MojRecipients report = recipients.recipients(fy);
    byte[] xlsx =
        Spreadsheets.workbook(
            "MoJ recipients " + slug(fy),
            sheet -> {
              Spreadsheets.header(sheet, 0, List.of("Category", "Recipient", "Amount"));
              int r = 1;
              for (MojRecipients.Category category : report.categories()) {
                for (MojRecipients.Recipient recipient : category.recipients()) {
                  sheet.value(r, 0, category.name());
                  sheet.value(r, 1, recipient.label());
                  Spreadsheets.money(sheet, r++, 2, recipient.amount());
                }
                sheet.value(r, 0, category.name());
                sheet.value(r, 1, "Subtotal");
                Spreadsheets.money(sheet, r, 2, category.subtotal());
                Spreadsheets.bold(sheet, r, 2);
                r++;
              }
              sheet.value(r, 0, "Total");
              Spreadsheets.money(sheet, r, 2, report.grandTotal());
              Spreadsheets.bold(sheet, r, 2);
              sheet.width(1, 60);
            });
    return downloads.xlsx(xlsx, "moj-recipients-" + slug(fy) + ".xlsx");
  }

  private static String slug(FinancialYear year) {
    return year.label().replace('/', '-');
  }
}
