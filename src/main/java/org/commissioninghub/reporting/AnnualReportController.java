package org.commissioninghub.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.AccessiblePdf;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.BarChart;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.shared.Refusals;
import org.commissioninghub.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The Annual Commissioning Report as a page and as a tagged PDF, and the editing of its words. */
@Controller
class AnnualReportController {

  private final AnnualCommissioningReports reports;
  private final ReportNarratives narratives;
  private final ReportYears years;
  private final Actors actors;
  private final SpringTemplateEngine templates;
  private final Clock clock;

  AnnualReportController(
      AnnualCommissioningReports reports,
      ReportNarratives narratives,
      ReportYears years,
      Actors actors,
      SpringTemplateEngine templates,
      Clock clock) {
    this.reports = reports;
    this.narratives = narratives;
    this.years = years;
    this.actors = actors;
    this.templates = templates;
    this.clock = clock;
  }

  @GetMapping("/reports/annual-commissioning")
  String page(@RequestParam(required = false) String year, Authentication auth, Model model) {
    AnnualCommissioningReport report = reports.of(years.chosenOrLatest(year));
    Actor actor = actors.of(auth);
    model.addAttribute("report", report);
    model.addAttribute("years", years.all());
    model.addAttribute("editable", actor.has(Role.OFFICER) || actor.has(Role.ADMIN));
    if (!report.additional().isEmpty()) {
      model.addAttribute(
          "additionalChart",
          BarChart.of(
              "additional-chart",
              "Additional funding secured, " + report.year().label() + " (pounds)",
              report.additional().stream().map(a -> a.purpose()).toList(),
              report.additional().stream().map(a -> a.amount().toPounds().longValue()).toList()));
    }
    return "reporting/annual-commissioning";
  }

  @GetMapping("/reports/annual-commissioning.pdf")
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year) {
    AnnualCommissioningReport report = reports.of(years.chosenOrLatest(year));
    Context context = new Context();
    context.setVariables(
        Map.of("report", report, "generatedOn", LocalDate.now(clock), "editable", false));
    byte[] pdf =
        AccessiblePdf.render(templates.process("reporting/annual-commissioning-pdf", context));
    String name = "annual-commissioning-report-" + report.year().label().replace('/', '-') + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(pdf);
  }

  @GetMapping("/reports/annual-commissioning/narrative")
  String narrative(@RequestParam String year, @RequestParam String section, Model model) {
    FinancialYear fy = FinancialYear.parse(year);
    AnnualReportSection s = section(section);
    List<Narrative> history = narratives.history(fy, s);
    if (!model.containsAttribute("body")) {
      model.addAttribute("body", history.isEmpty() ? "" : history.get(0).body());
      model.addAttribute("startedFrom", history.isEmpty() ? 0 : history.get(0).version());
    }
    model.addAttribute("year", fy);
    model.addAttribute("section", s);
    model.addAttribute("history", history);
    model.addAttribute("typedFigures", Narrative.typedFigures((String) model.getAttribute("body")));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "reporting/narrative";
  }

  @PostMapping("/reports/annual-commissioning/narrative")
  String save(
      @RequestParam String year,
      @RequestParam String section,
      @RequestParam(defaultValue = "0") int startedFrom,
      @RequestParam(required = false) String body,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    FinancialYear fy = FinancialYear.parse(year);
    AnnualReportSection s = section(section);
    return Refusals.onPage(
        model,
        () -> {
          Narrative saved = narratives.save(actors.of(auth), fy, s, startedFrom, body);
          redirect.addFlashAttribute(
              "success", s.title() + " saved as version " + saved.version() + ".");
          return "redirect:/reports/annual-commissioning?year="
              + fy.label()
              + "#section-"
              + s.key();
        },
        () -> {
          model.addAttribute("body", body);
          List<Narrative> history = narratives.history(fy, s);
          model.addAttribute("startedFrom", history.isEmpty() ? 0 : history.get(0).version());
          return narrative(year, section, model);
        });
  }

  private static AnnualReportSection section(String key) {
    return AnnualReportSection.byKey(key)
        .orElseThrow(() -> new NotFoundException("Report section", key));
  }
}
