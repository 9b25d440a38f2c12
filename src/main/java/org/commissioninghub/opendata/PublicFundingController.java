package org.commissioninghub.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.shared.BarChart;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The public funding page: search, filters, charts with their tables, and a download. */
@Controller
class PublicFundingController {

  static final int SHOWN = 500;

  private final PublicFunding funding;

  PublicFundingController(PublicFunding funding) {
    this.funding = funding;
  }

  @GetMapping("/open-data/funding")
  String page(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String stream,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String district,
      Model model) {
    FinancialYear fy = year(year, model);
    PublicFunding.Result result =
        funding.find(new PublicFunding.Filter(fy, stream, programme, q, district));
    model.addAttribute("result", result);
    model.addAttribute("district", district == null ? "" : district);
    model.addAttribute("districts", PublicFunding.districts());
    model.addAttribute(
        "districtChart",
        chart("district-chart", "Funding by district where delivered", result.byDistrict()));
    model.addAttribute("year", fy == null ? "" : fy.label());
    model.addAttribute("stream", stream == null ? "" : stream);
    model.addAttribute("programme", programme == null ? "" : programme);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("shown", result.lines().stream().limit(SHOWN).toList());
    model.addAttribute(
        "streamChart", chart("stream-chart", "Funding by stream", result.byStream()));
    model.addAttribute(
        "programmeChart", chart("programme-chart", "Funding by programme", result.byProgramme()));
    model.addAttribute(
        "csvLink",
        UriComponentsBuilder.fromPath("/open-data/funding.csv")
            .queryParamIfPresent(
                "year", java.util.Optional.ofNullable(fy).map(FinancialYear::label))
            .queryParamIfPresent("stream", present(stream))
            .queryParamIfPresent("programme", present(programme))
            .queryParamIfPresent("q", present(q))
            .queryParamIfPresent("district", present(district))
            .encode()
            .build()
            .toUriString());
    return "opendata/funding";
  }

  /** The lines the page shows for the same filters, every one of them. */
  @GetMapping("/open-data/funding.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String stream,
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String district) {
    FinancialYear fy = year(year, null);
    PublicFunding.Result result =
        funding.find(new PublicFunding.Filter(fy, stream, programme, q, district));
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Financial year",
                "Recipient",
                "Award",
                "Title",
                "Programme",
                "Funding stream",
                "Delivered in",
                "Amount");
    for (PublicFunding.Line l : result.lines()) {
      csv.row(
          l.year().label(),
          l.recipient(),
          l.award(),
          l.title(),
          l.programme() == null ? "" : l.programme(),
          l.stream(),
          l.where(),
          l.amount().plain());
    }
    csv.row("Total", "", "", "", "", "", "", result.total().plain());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"funding.csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static java.util.Optional<String> present(String s) {
    return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s.strip());
  }

  /** A year like 2024/25; anything else is ignored with a message, showing every year. */
  private static FinancialYear year(String year, Model model) {
    if (year == null || year.isBlank()) {
      return null;
    }
    try {
      return FinancialYear.parse(year.strip());
    } catch (IllegalArgumentException e) {
      if (model != null) {
        model.addAttribute(
            "yearProblem",
            "\"" + year + "\" is not a financial year like 2024/25: showing every year");
      }
      return null;
    }
  }

  private static BarChart chart(String id, String title, Map<String, Money> totals) {
    List<String> labels = new ArrayList<>();
    List<Long> pounds = new ArrayList<>();
    totals.forEach(
        (k, v) -> {
          labels.add(k + " (" + v.format() + ")");
          pounds.add(Math.round(v.pence() / 100.0));
        });
    return BarChart.of(id, title, labels, pounds);
  }
}
