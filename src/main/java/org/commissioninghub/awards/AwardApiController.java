package org.commissioninghub.awards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Awards",
    description = "Grants and contract funding, split into lines per stream and year")
class AwardApiController {

  private final Awards awards;

  AwardApiController(Awards awards) {
    this.awards = awards;
  }

  @GetMapping("/api/v1/awards")
  @Operation(summary = "List awards, optionally those with a line in one financial year")
  List<AwardJson> list(@RequestParam(required = false) String year) {
    FinancialYear fy = year == null || year.isBlank() ? null : FinancialYear.parse(year);
    return awards.list(fy).stream().map(AwardJson::of).toList();
  }

  @GetMapping("/api/v1/awards/{id}")
  @Operation(summary = "One award with its lines")
  AwardJson get(@PathVariable String id) {
    return AwardJson.of(awards.get(id));
  }

  @PostMapping("/api/v1/awards")
  @Operation(summary = "Record an award with its lines; all or nothing")
  ResponseEntity<AwardResultJson> create(@RequestBody AwardRequest request) {
    AwardResult result = awards.create(request.toCommand());
    return ResponseEntity.created(URI.create("/api/v1/awards/" + result.award().publicId()))
        .body(new AwardResultJson(AwardJson.of(result.award()), result.warnings()));
  }

  @PutMapping("/api/v1/awards/{id}")
  @Operation(summary = "Change an award's details (not its lines); version must match")
  AwardJson update(
      @PathVariable String id, @RequestParam int version, @RequestBody AwardRequest request) {
    return AwardJson.of(awards.update(id, version, request.toHeader()));
  }

  @PostMapping("/api/v1/awards/{id}/lines")
  @Operation(summary = "Add a line to an award")
  AwardResultJson addLine(@PathVariable String id, @RequestBody AwardLineRequest request) {
    AwardResult result = awards.addLine(id, request.toCommand());
    return new AwardResultJson(AwardJson.of(result.award()), result.warnings());
  }

  @DeleteMapping("/api/v1/awards/{id}/lines/{lineId}")
  @Operation(summary = "Remove a line from an award")
  AwardJson removeLine(@PathVariable String id, @PathVariable long lineId) {
    return AwardJson.of(awards.removeLine(id, lineId));
  }

  record AwardResultJson(AwardJson award, List<String> warnings) {}

  record LineJson(
      long id, String stream, String year, String category, String amount, String posts) {}

  record AwardJson(
      String id,
      String organisation,
      String organisationName,
      String kind,
      String title,
      String serviceDescription,
      String programme,
      String status,
      LocalDate awardDate,
      LocalDate startDate,
      LocalDate endDate,
      String predecessor,
      List<LineJson> lines,
      String total,
      int version) {

    static AwardJson of(AwardView a) {
      return new AwardJson(
          a.publicId(),
          a.organisationPublicId(),
          a.organisationName(),
          a.kind().name(),
          a.title(),
          a.serviceDescription(),
          a.programme(),
          a.status().name(),
          a.awardDate(),
          a.startDate(),
          a.endDate(),
          a.predecessorPublicId(),
          a.lines().stream()
              .map(
                  l ->
                      new LineJson(
                          l.id(),
                          l.streamPublicId(),
                          l.year().label(),
                          l.category(),
                          l.amount().plain(),
                          l.posts()))
              .toList(),
          a.total().plain(),
          a.version());
    }
  }
}
