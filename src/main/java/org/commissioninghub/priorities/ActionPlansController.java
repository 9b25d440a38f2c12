package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.AccessiblePdf;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The CSA action plan of a year, an action with its updates, and next year's plan made from it. */
@Controller
class ActionPlansController {

  private final ActionPlans actions;
  private final Priorities priorities;
  private final Actors actors;
  private final Clock clock;
  private final SpringTemplateEngine templates;
  private final ScrutinyReports scrutiny;
  private final HorizonScan horizon;

  ActionPlansController(
      ActionPlans actions,
      Priorities priorities,
      Actors actors,
      Clock clock,
      SpringTemplateEngine templates,
      ScrutinyReports scrutiny,
      HorizonScan horizon) {
    this.actions = actions;
    this.priorities = priorities;
    this.actors = actors;
    this.clock = clock;
    this.templates = templates;
    this.scrutiny = scrutiny;
    this.horizon = horizon;
  }

  @GetMapping("/priorities/action-plans")
  String plan(@RequestParam(required = false) String year, Authentication auth, Model model) {
    FinancialYear fy =
        year == null || year.isBlank()
            ? FinancialYear.containing(LocalDate.now(clock)).previous()
            : FinancialYear.parse(year);
    Actor actor = actors.of(auth);
    Map<String, List<ActionView>> byPriority = actions.byPriority(fy);
    model.addAttribute("year", fy);
    model.addAttribute("byPriority", byPriority);
    model.addAttribute(
        "unfinished",
        byPriority.values().stream()
            .flatMap(List::stream)
            .filter(a -> a.status().unfinished())
            .filter(a -> actions.mayChange(actor, a.partnershipId()))
            .toList());
    model.addAttribute(
        "nextPlans",
        priorities.plans().stream()
            .filter(p -> p.kind() == PlanKind.COMMUNITY_SAFETY_AGREEMENT)
            .toList());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/action-plans";
  }

  @PostMapping("/priorities/action-plans/roll-over")
  String rollOver(
      @RequestParam(required = false) String fromYear,
      @RequestParam(required = false) String plan,
      @RequestParam(required = false) List<Long> carry,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          RollOver rollOver = new RollOverRequest(fromYear, plan, carry).toCommand();
          List<ActionView> made = actions.rollOver(actors.of(auth), rollOver);
          redirect.addFlashAttribute(
              "success", made.size() + " actions carried into the " + rollOver.to() + " plan");
          return "redirect:/priorities/action-plans?year=" + rollOver.to().label();
        },
        () -> plan(fromYear, auth, model));
  }

  @GetMapping("/priorities/scrutiny-report")
  String scrutiny(@RequestParam(required = false) String year, Authentication auth, Model model) {
    ScrutinyReport report = scrutiny.of(year(year));
    model.addAttribute("report", report);
    model.addAttribute("editable", horizon.mayKeep(actors.of(auth), report.year()));
    return "priorities/scrutiny";
  }

  @GetMapping("/priorities/scrutiny-report.pdf")
  ResponseEntity<byte[]> scrutinyPdf(@RequestParam(required = false) String year) {
    ScrutinyReport report = scrutiny.of(year(year));
    Context context = new Context();
    context.setVariables(Map.of("report", report, "generatedOn", LocalDate.now(clock)));
    byte[] pdf = AccessiblePdf.render(templates.process("priorities/scrutiny-pdf", context));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "csa-action-plan-and-performance-summary-"
                        + report.year().label().replace('/', '-')
                        + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private FinancialYear year(String year) {
    return year == null || year.isBlank()
        ? FinancialYear.containing(LocalDate.now(clock)).previous()
        : FinancialYear.parse(year);
  }

  @GetMapping("/priorities/actions/{id}")
  String action(@PathVariable long id, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    ActionView action = actions.get(actor, id);
    model.addAttribute("action", action);
    model.addAttribute("mayUpdate", actions.mayChange(actor, action.partnershipId()));
    model.addAttribute("statuses", ActionStatus.values());
    if (action.carriedFromId() != null) {
      model.addAttribute("carriedFrom", actions.get(actor, action.carriedFromId()));
    }
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/action";
  }

  @PostMapping("/priorities/actions/{id}")
  String update(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      ActionUpdateRequest request,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          ActionView a = actions.update(actors.of(auth), id, version, request.toCommand());
          redirect.addFlashAttribute("success", "Update saved: " + a.status().label());
          return "redirect:/priorities/actions/" + id;
        },
        () -> action(id, auth, model));
  }
}
