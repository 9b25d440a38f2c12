package org.commissioninghub.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports", description = "Published tables, computed from the award lines")
class ReportApiController {

  private final AwardsMatrixQuery matrices;
  private final MojRecipientsQuery recipients;
  private final FundingPositionQuery positions;
  private final ReportYears years;

  ReportApiController(
      AwardsMatrixQuery matrices,
      MojRecipientsQuery recipients,
      FundingPositionQuery positions,
      ReportYears years) {
    this.matrices = matrices;
    this.recipients = recipients;
    this.positions = positions;
    this.years = years;
  }

  @GetMapping("/api/v1/awards/matrix")
  @Operation(
      summary = "Organisations × funding streams for a year, with totals",
      description =
          "group defaults to victim-services where the year has it; group=all for every stream")
  MatrixJson matrix(
      @RequestParam(required = false) String year, @RequestParam(required = false) String group) {
    FinancialYear fy = years.chosenOrLatest(year);
    AwardsMatrix m = matrices.matrix(fy, years.groupOrDefault(fy, group), null);
    return new MatrixJson(
        fy.label(),
        m.group() == null ? "all" : m.group(),
        m.columns().stream()
            .map(
                c ->
                    new ColumnJson(
                        c.streamPublicId(), c.name(), c.shortName(), c.total().plain(), c.lines()))
            .toList(),
        m.rows().stream()
            .map(
                r ->
                    new RowJson(
                        r.organisationPublicId(),
                        r.organisationName(),
                        r.services(),
                        r.cells().stream().map(Money::plainOrNull).toList(),
                        r.total().plain()))
            .toList(),
        m.grandTotal().plain());
  }

  @GetMapping("/api/v1/reports/moj-recipients")
  @Operation(summary = "Services funded from the MoJ victim-services grant, by category")
  RecipientsJson mojRecipients(@RequestParam(required = false) String year) {
    MojRecipients report = recipients.recipients(years.chosenOrLatest(year));
    return new RecipientsJson(
        report.year().label(),
        report.categories().stream()
            .map(
                c ->
                    new CategoryJson(
                        c.name(),
                        c.recipients().stream()
                            .map(
                                r ->
                                    new RecipientJson(
                                        r.organisationPublicId(),
                                        r.label(),
                                        r.awardPublicId(),
                                        r.amount().plain()))
                            .toList(),
                        c.subtotal().plain()))
            .toList(),
        report.grandTotal().plain());
  }

  @GetMapping("/api/v1/funding-position")
  @Operation(summary = "Received, awarded and left, per funding stream, for a year")
  PositionJson fundingPosition(@RequestParam(required = false) String year) {
    FundingPosition p = positions.position(years.chosenOrLatest(year), null);
    return new PositionJson(
        p.year().label(),
        p.streams().stream()
            .map(
                s ->
                    new StreamPositionJson(
                        s.publicId(),
                        s.name(),
                        s.group(),
                        s.ringfenced(),
                        s.endDate(),
                        Money.plainOrNull(s.received()),
                        s.allocated().plain(),
                        Money.plainOrNull(s.remaining())))
            .toList(),
        p.totalReceived().plain(),
        p.totalAllocated().plain());
  }

  record MatrixJson(
      String year, String group, List<ColumnJson> columns, List<RowJson> rows, String grandTotal) {}

  record ColumnJson(String stream, String name, String shortName, String total, int lines) {}

  record RowJson(
      String organisation, String name, String services, List<String> cells, String total) {}

  record RecipientsJson(String year, List<CategoryJson> categories, String grandTotal) {}

  record CategoryJson(String name, List<RecipientJson> recipients, String subtotal) {}

  record RecipientJson(String organisation, String label, String award, String amount) {}

  record PositionJson(
      String year, List<StreamPositionJson> streams, String totalReceived, String totalAllocated) {}

  record StreamPositionJson(
      String stream,
      String name,
      String group,
      boolean ringfenced,
      LocalDate endDate,
      String received,
      String allocated,
      String remaining) {}
}
