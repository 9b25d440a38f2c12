package org.commissioninghub.monitoring;

import java.util.List;
import java.util.TreeSet;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The returns services make: templates, adding measures, and each programme's default. */
@Controller
class TemplatesController {

  private final MonitoringReturns monitoring;
  private final ReturnTemplates templates;
  private final Awards awards;

  TemplatesController(MonitoringReturns monitoring, ReturnTemplates templates, Awards awards) {
    this.monitoring = monitoring;
    this.templates = templates;
    this.awards = awards;
  }

  @GetMapping("/monitoring/templates")
  String page(Model model) {
    model.addAttribute("templates", monitoring.templates());
    model.addAttribute("measures", monitoring.measures());
    model.addAttribute("choices", templates.programmeChoices());
    model.addAttribute("programmes", programmes());
    model.addAttribute("units", Unit.values());
    model.addAttribute("aggregations", Aggregation.values());
    model.addAttribute("kinds", MetricKind.values());
    if (!model.containsAttribute("problems")) {
      FieldIds.show(model, List.of());
    }
    return "monitoring/templates";
  }

  @PostMapping("/monitoring/templates")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String basedOn,
      @RequestParam(required = false) List<String> addedMeasures,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    TemplateRequest typed = new TemplateRequest(name, basedOn, addedMeasures);
    return Refusals.onPage(
        model,
        () -> {
          ReturnTemplate t = templates.create(auth.getName(), typed.toCommand());
          flash.addFlashAttribute("success", t.name() + " is ready to use");
          return "redirect:/monitoring/templates/" + t.code();
        },
        () -> {
          model.addAttribute("typedName", name);
          model.addAttribute("typedBasedOn", basedOn);
          model.addAttribute("typedAdded", addedMeasures == null ? List.of() : addedMeasures);
          return page(model);
        });
  }

  @PostMapping("/monitoring/measures")
  String define(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String label,
      @RequestParam(required = false) String section,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String aggregation,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String denominator,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    MeasureRequest typed =
        new MeasureRequest(code, label, section, unit, aggregation, kind, denominator);
    return Refusals.onPage(
        model,
        () -> {
          MetricDefinition m = templates.defineMeasure(auth.getName(), typed.toCommand());
          flash.addFlashAttribute(
              "success", m.label() + " is in the catalogue: add it to a return below");
          return "redirect:/monitoring/templates#new-template";
        },
        () -> {
          model.addAttribute("measure", typed);
          return page(model);
        });
  }

  @PostMapping("/monitoring/programme-templates")
  String choose(
      @RequestParam(required = false) String programme,
      @RequestParam(required = false) String programmeTemplate,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onPage(
        model,
        () -> {
          templates.chooseForProgramme(
              auth.getName(), ProgrammeTemplateChoice.of(programme, programmeTemplate));
          flash.addFlashAttribute("success", programme + "'s awards will make that return");
          return "redirect:/monitoring/templates#programmes";
        },
        () -> page(model));
  }

  /** Programmes named on awards this year and the two before. */
  private List<String> programmes() {
    FinancialYear year = FinancialYear.containing(monitoring.today());
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < 3; i++) {
      awards.list(year).stream()
          .map(AwardView::programme)
          .filter(p -> p != null && !p.isBlank())
          .forEach(names::add);
      year = year.previous();
    }
    monitoring.yearsWithReturns().stream()
        .flatMap(y -> awards.list(y).stream())
        .map(AwardView::programme)
        .filter(p -> p != null && !p.isBlank())
        .forEach(names::add);
    return List.copyOf(names);
  }
}
