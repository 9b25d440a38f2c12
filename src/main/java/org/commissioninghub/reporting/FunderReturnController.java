package org.commissioninghub.reporting;

import java.nio.charset.StandardCharsets;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A funder return per stream: the page, and the same figures as CSV. */
@Controller
class FunderReturnController {

  private final FunderReturns returns;
  private final FundingStreams streams;
  private final ReportYears years;

  FunderReturnController(FunderReturns returns, FundingStreams streams, ReportYears years) {
    this.returns = returns;
    this.streams = streams;
    this.years = years;
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
    CsvWriter csv = new CsvWriter().row("Section", "Item", "Detail", "Value");
    csv.row("Stream", r.stream().name(), r.stream().sourceName(), r.stream().year().label());
    csv.row("Money", "Received", "", plain(r.stream().amount()));
    csv.row("Money", "Allocated", r.allocations().size() + " award lines", r.allocated().plain());
    csv.row("Money", "Paid", "", r.paid().plain());
    csv.row("Money", "Not allocated", "", plain(r.unallocated()));
    for (FunderReturns.Allocation a : r.allocations()) {
      csv.row(
          "Allocation", a.organisation(), a.title() + " (" + a.award() + ")", a.amount().plain());
    }
    for (FunderReturns.Output o : r.outputs()) {
      csv.row(
          "Output",
          o.label(),
          r.services().size() + " services",
          o.value() == null ? "" : o.value().toString());
    }
    String name = "funder-return-" + r.stream().publicId() + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String plain(Money money) {
    return money == null ? "" : money.plain();
  }
}
