package org.commissioninghub.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding", description = "Funding sources and the streams of money the PCC receives")
class FundingApiController {

  private final FundingStreams streams;

  FundingApiController(FundingStreams streams) {
    this.streams = streams;
  }

  @GetMapping("/api/v1/funding-sources")
  @Operation(summary = "List funding sources")
  List<FundingSourceView> sources() {
    return streams.sources();
  }

  @GetMapping("/api/v1/funding-streams")
  @Operation(summary = "List funding streams, optionally for one financial year (e.g. 2024/25)")
  List<StreamJson> list(@RequestParam(required = false) String year) {
    FinancialYear fy = year == null || year.isBlank() ? null : FinancialYear.parse(year);
    return streams.streams(fy).stream().map(StreamJson::of).toList();
  }

  @GetMapping("/api/v1/funding-streams/{id}")
  @Operation(summary = "One funding stream")
  StreamJson get(@PathVariable String id) {
    return StreamJson.of(streams.get(id));
  }

  @PostMapping("/api/v1/funding-streams")
  @Operation(
      summary =
          "Record a funding stream; amounts are strings like \"1837213.31\" or \"£1,837,213.31\"")
  ResponseEntity<StreamJson> create(@RequestBody FundingStreamRequest request) {
    StreamJson created = StreamJson.of(streams.create(request.toCommand()));
    return ResponseEntity.created(URI.create("/api/v1/funding-streams/" + created.id()))
        .body(created);
  }

  @GetMapping("/api/v1/funding-streams/{id}/terms")
  @Operation(summary = "When the funder's commitment ends and what happens to unspent money")
  StreamTerms terms(@PathVariable String id) {
    return streams.terms(id);
  }

  @PutMapping("/api/v1/funding-streams/{id}/terms")
  @Operation(
      summary =
          "Record when the funder's commitment ends (ceasesOn, e.g. 2026-03-31), the funding"
              + " line it is reported under, and whether unspent money may be carried forward or must"
              + " be returned")
  StreamTerms recordTerms(@PathVariable String id, @RequestBody StreamTermsCommand command) {
    return streams.recordTerms(id, command);
  }

  @PutMapping("/api/v1/funding-streams/{id}")
  @Operation(summary = "Correct a funding stream; version must match")
  StreamJson update(
      @PathVariable String id,
      @RequestParam int version,
      @RequestBody FundingStreamRequest request) {
    return StreamJson.of(streams.update(id, version, request.toCommand()));
  }

  record StreamJson(
      String id,
      String source,
      String name,
      String shortName,
      String year,
      String amount,
      boolean ringfenced,
      String ringfencePurpose,
      String allowedUses,
      LocalDate startDate,
      LocalDate endDate,
      String matchFunding,
      String group,
      String notes,
      int version) {

    static StreamJson of(FundingStreamView s) {
      return new StreamJson(
          s.publicId(),
          s.sourcePublicId(),
          s.name(),
          s.shortName(),
          s.year().label(),
          Money.plainOrNull(s.amount()),
          s.ringfenced(),
          s.ringfencePurpose(),
          s.allowedUses(),
          s.startDate(),
          s.endDate(),
          Money.plainOrNull(s.matchFunding()),
          s.group(),
          s.notes(),
          s.version());
    }
  }
}
