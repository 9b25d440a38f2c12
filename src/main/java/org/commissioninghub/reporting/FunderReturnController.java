package org.commissioninghub.reporting;

import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A funder return per stream: the page, and the same figures as CSV and as a spreadsheet. */
@Controller
class FunderReturnController {

  private final FunderReturns returns;
  private final FundingStreams streams;
  private final ReportYears years;
  private final Downloads downloads;

  FunderReturnController(
      FunderReturns returns, FundingStreams streams, ReportYears years, Downloads downloads) {
    this.returns = returns;
    this.streams = streams;
    this.years = years;
    this.downloads = downloads;
  }

  @GetMapping("/reports/funder-return")
  String page(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String stream,
      Model model) {
    FinancialYear fy = years.chosenOrLatest(year);
    model.addAttribute("year", fy);
    model.addAttribute("years", years.all());
    model.addAttribute("streams", streams.streams(fy));
    if (stream != null && !stream.isBlank()) {
      model.addAttribute("report", returns.of(stream.strip()));
    }
    return "reporting/funder-return";
  }

  @GetMapping("/reports/funder-return.csv")
  ResponseEntity<byte[]> csv(@RequestParam String stream) {
    FunderReturns.FunderReturn r = returns.of(stream.strip());
    return downloads.csv(table(r).csv(), fileName(r) + ".csv");
  }

  /** The same rows as the CSV, as a spreadsheet: amounts and outputs as numbers. */
  @GetMapping("/reports/funder-return.xlsx")
  ResponseEntity<byte[]> xlsx(@RequestParam String stream) {
    FunderReturns.FunderReturn r = returns.of(stream.strip());
    return downloads.xlsx(table(r).xlsx("Funder return"), fileName(r) + ".xlsx");
  }

  private static String fileName(FunderReturns.FunderReturn r) {
    return "funder-return-" + r.stream().publicId();
  }

  private static ReportTable table(FunderReturns.FunderReturn r) {
    ReportTable table = new ReportTable("Section", "Item", "Detail", "Value");
    table.row("Stream", r.stream().name(), r.stream().sourceName(), r.stream().year().label());
    table.row("Money", "Received", "", r.stream().amount());
    table.row("Money", "Allocated", r.allocations().size() + " award lines", r.allocated());
    table.row("Money", "Paid", "", r.paid());
    table.row("Money", "Not allocated", "", r.unallocated());
    for (FunderReturns.Allocation a : r.allocations()) {
      table.row("Allocation", a.organisation(), a.title() + " (" + a.award() + ")", a.amount());
    }
    for (FunderReturns.Output o : r.outputs()) {
      table.row("Output", o.label(), r.services().size() + " services", o.value());
    }
    return table;
  }
}
