package org.commissioninghub.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.audit.DataQualityNotes;
import org.commissioninghub.shared.BarChart;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's monitoring figures: the page with its charts, and the CSV that may be published. */
@Controller
class AggregatesController {

  static final List<String> HEADLINE =
      List.of("REFERRALS", "SUPPORTED", "REPORTED_BEFORE", "EMPOWERED_AFTER", "OUTCOME_COPE");
  static final List<String> DEMOGRAPHICS = List.of("Age", "Gender", "Ethnicity", "Disability");
  static final List<String> FEEDBACK =
      List.of(
          "Reasons for not reporting to the police",
          "Reasons for withdrawing from the criminal justice system");
  static final List<String> AREAS =
      List.of("HEALTH", "SAFETY", "COPE", "CJS", "INTEGRATION", "INFORMED");

  private final MonitoringAggregates aggregates;
  private final MonitoringReturns monitoring;
  private final DataQualityNotes notes;
  private final AuditLog audit;

  AggregatesController(
      MonitoringAggregates aggregates,
      MonitoringReturns monitoring,
      DataQualityNotes notes,
      AuditLog audit) {
    this.aggregates = aggregates;
    this.monitoring = monitoring;
    this.notes = notes;
    this.audit = audit;
  }

  @GetMapping("/monitoring/aggregates")
  String page(@RequestParam(required = false) String year, Model model) {
    FinancialYear chosen = year(year);
    YearAggregates figures = aggregates.of(chosen);
    GroupFigures victims = figures.allVictimServices();
    GroupFigures all = figures.allServices();
    model.addAttribute("figures", figures);
    model.addAttribute("victims", victims);
    model.addAttribute("all", all);
    model.addAttribute("headline", HEADLINE.stream().map(figures::measure).toList());
    model.addAttribute(
        "outcomes",
        figures.measures().stream()
            .filter(m -> m.kind() == MetricKind.OUTCOME && m.denominatorCode() != null)
            .filter(m -> !m.code().startsWith("DT_"))
            .filter(m -> victims.value(m.code()) != null)
            .toList());
    model.addAttribute("trend", trend(victims));
    model.addAttribute(
        "districts", sectionChart(all, figures, "Referrals by district", "districts"));
    model.addAttribute(
        "demographics",
        DEMOGRAPHICS.stream()
            .map(s -> new Section(s, present(all, figures.section(s))))
            .filter(s -> !s.measures().isEmpty())
            .toList());
    model.addAttribute(
        "feedback",
        FEEDBACK.stream()
            .map(s -> new Section(s, ranked(all, figures.section(s))))
            .filter(s -> !s.measures().isEmpty())
            .toList());
    model.addAttribute(
        "distance",
        figures.of(AggregateScope.SERVICE).stream()
            .filter(g -> g.value("DT_SCORED") != null)
            .toList());
    model.addAttribute("areas", AREAS);
    model.addAttribute("years", years(chosen));
    model.addAttribute(
        "notes", notes.all().stream().filter(n -> n.entityType().equals("monitoring")).toList());
    model.addAttribute(
        "scopes",
        List.of(
            AggregateScope.SPECIALISM,
            AggregateScope.FUNDING_STREAM,
            AggregateScope.PROGRAMME,
            AggregateScope.PROVIDER,
            AggregateScope.SERVICE));
    return "monitoring/aggregates";
  }

  /**
   * The year's figures for every group and measure, with each quarter, as they may be published: a
   * count from 1 to 4 is written "fewer than 5".
   */
  @GetMapping("/monitoring/aggregates.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    FinancialYear chosen = year(year);
    YearAggregates figures = aggregates.of(chosen);
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Year",
                "Grouping",
                "Group",
                "Services",
                "Measure code",
                "Measure",
                "Section",
                "Unit",
                "Year value",
                "Q1",
                "Q2",
                "Q3",
                "Q4",
                "Denominator code",
                "Denominator",
                "Rate (%)");
    for (GroupFigures group : figures.groups()) {
      for (MetricDefinition m : figures.measures()) {
        Long value = group.value(m.code());
        if (value == null) {
          continue;
        }
        Rate rate = group.rate(m);
        List<String> row =
            new ArrayList<>(
                List.of(
                    chosen.label(),
                    group.scope().label(),
                    group.name(),
                    String.valueOf(group.serviceCount()),
                    m.code(),
                    m.label(),
                    m.section(),
                    m.unit().name(),
                    SmallNumbers.published(value)));
        for (int q = 1; q <= 4; q++) {
          row.add(SmallNumbers.published(group.quarter(q, m.code())));
        }
        row.add(m.denominatorCode() == null ? "" : m.denominatorCode());
        row.add(rate == null ? "" : SmallNumbers.published(rate.of()));
        row.add(
            rate == null || rate.suppressed() || rate.percent() == null
                ? ""
                : rate.percent().toPlainString());
        csv.row(row);
      }
    }
    String name = "monitoring-aggregates-" + chosen.label().replace('/', '-') + ".csv";
    audit.recordExport(name, "text/csv");
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  record Section(String name, List<MetricDefinition> measures) {}

  private static List<MetricDefinition> present(
      GroupFigures group, List<MetricDefinition> section) {
    return section.stream().filter(m -> group != null && group.value(m.code()) != null).toList();
  }

  private static List<MetricDefinition> ranked(GroupFigures group, List<MetricDefinition> section) {
    return present(group, section).stream()
        .sorted(Comparator.comparing((MetricDefinition m) -> -group.value(m.code())))
        .toList();
  }

  private static BarChart trend(GroupFigures group) {
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Long supported = group == null ? null : group.quarter(q, "SUPPORTED");
      labels.add("Q" + q + " people supported");
      values.add(supported == null ? 0 : supported);
    }
    return BarChart.of(
        "trend-chart", "People supported by victim services in each quarter", labels, values);
  }

  private static BarChart sectionChart(
      GroupFigures group, YearAggregates figures, String section, String id) {
    List<MetricDefinition> measures = present(group, figures.section(section));
    return BarChart.of(
        id + "-chart",
        section,
        measures.stream().map(MetricDefinition::label).toList(),
        measures.stream().map(m -> group.value(m.code())).toList());
  }

  private List<FinancialYear> years(FinancialYear chosen) {
    java.util.TreeSet<FinancialYear> years = new java.util.TreeSet<>(Comparator.reverseOrder());
    years.add(chosen);
    monitoring.yearsWithReturns().forEach(years::add);
    return List.copyOf(years);
  }

  private FinancialYear year(String year) {
    if (year == null || year.isBlank()) {
      List<FinancialYear> known = monitoring.yearsWithReturns();
      return known.isEmpty() ? FinancialYear.containing(monitoring.today()) : known.get(0);
    }
    try {
      return FinancialYear.parse(year.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "MONITORING-4", "year", "Enter the financial year like 2024/25, not \"" + year + "\"");
    }
  }

  static Map<String, String> labels(YearAggregates figures) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    figures.measures().forEach(m -> labels.put(m.code(), m.label()));
    return labels;
  }
}
