package org.commissioninghub.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Monitoring", description = "Measures, return templates and the returns awards owe")
class MonitoringApiController {

  private final MonitoringReturns monitoring;
  private final MonitoringAggregates aggregates;
  private final Actors actors;

  MonitoringApiController(
      MonitoringReturns monitoring, MonitoringAggregates aggregates, Actors actors) {
    this.monitoring = monitoring;
    this.aggregates = aggregates;
    this.actors = actors;
  }

  @GetMapping("/api/v1/monitoring/aggregates")
  @Operation(
      summary =
          "A year's figures from accepted returns (year like 2024/25): all victim services, by"
              + " specialism, funding stream, programme, provider and service, each measure's"
              + " year and quarters; staff only, unsuppressed")
  AggregatesJson aggregates(@org.springframework.web.bind.annotation.RequestParam String year) {
    YearAggregates figures;
    try {
      figures = aggregates.of(org.commissioninghub.shared.FinancialYear.parse(year));
    } catch (IllegalArgumentException e) {
      throw org.commissioninghub.shared.InvalidInputException.of(
          "MONITORING-4", "year", "Enter the financial year like 2024/25, not \"" + year + "\"");
    }
    return new AggregatesJson(
        figures.year().label(),
        figures.returnsIssued(),
        figures.returnsAccepted(),
        figures.groups().stream()
            .map(
                g ->
                    new GroupJson(
                        g.scope().name(), g.name(), g.services(), g.totals(), g.byQuarter()))
            .toList());
  }

  record AggregatesJson(
      String year, int returnsIssued, int returnsAccepted, List<GroupJson> groups) {}

  record GroupJson(
      String scope,
      String name,
      List<String> services,
      java.util.Map<String, Long> year,
      java.util.Map<Integer, java.util.Map<String, Long>> quarters) {}

  @GetMapping("/api/v1/monitoring/measures")
  @Operation(
      summary =
          "The catalogue of measures: unit, how quarters add up to a year, output or"
              + " outcome, the MoJ outcome reported and the base of its rate")
  List<MetricDefinition> measures() {
    return monitoring.measures();
  }

  @GetMapping("/api/v1/monitoring/templates/{code}")
  @Operation(summary = "A return template (e.g. victim-services) with its measures in order")
  ReturnTemplate template(@PathVariable String code) {
    return monitoring.template(code);
  }

  @GetMapping("/api/v1/monitoring/returns")
  @Operation(
      summary =
          "The returns the caller may see (a provider: its own), with due dates and whether"
              + " each is overdue today")
  List<ReturnJson> returns(Authentication auth) {
    LocalDate today = monitoring.today();
    return monitoring.returns(actors.of(auth)).stream().map(r -> ReturnJson.of(r, today)).toList();
  }

  @PostMapping("/api/v1/monitoring/returns")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Issue an award's quarterly returns (Q1 = April to June; due the last day of the"
              + " month after the quarter); issuing again adds only what is missing")
  List<ReturnJson> issue(@RequestBody IssueRequest request, Authentication auth) {
    LocalDate today = monitoring.today();
    return monitoring.issue(auth.getName(), request.toCommand()).stream()
        .map(r -> ReturnJson.of(r, today))
        .toList();
  }

  record ReturnJson(
      long id,
      String award,
      String organisation,
      String template,
      String year,
      int quarter,
      String period,
      LocalDate dueOn,
      String status,
      boolean overdue,
      long daysLate) {

    static ReturnJson of(MonitoringReturnView r, LocalDate today) {
      return new ReturnJson(
          r.id(),
          r.reference(),
          r.provider(),
          r.templateCode(),
          r.period().year().label(),
          r.period().quarter(),
          r.period().label(),
          r.dueOn(),
          r.status().name(),
          r.overdueOn(today),
          r.daysLate(today));
    }
  }
}
