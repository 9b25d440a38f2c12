package org.commissioninghub.priorities;

import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a CSA priority's context, with its figures and their sources, for the scrutiny report.
 */
@Controller
class ContextController {

  private final PriorityContexts contexts;
  private final Actors actors;

  ContextController(PriorityContexts contexts, Actors actors) {
    this.contexts = contexts;
    this.actors = actors;
  }

  @GetMapping("/priorities/context")
  String form(@RequestParam String year, @RequestParam String priority, Model model) {
    FinancialYear fy = FinancialYear.parse(year);
    PriorityContext latest = contexts.latest(fy, priority);
    if (!model.containsAttribute("narrative")) {
      model.addAttribute("narrative", latest == null ? "" : latest.narrative());
      model.addAttribute("figures", latest == null ? "" : latest.figuresText());
      model.addAttribute("startedFrom", latest == null ? 0 : latest.version());
    }
    model.addAttribute("year", fy);
    model.addAttribute("priority", priority);
    model.addAttribute("latest", latest);
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/context";
  }

  @PostMapping("/priorities/context")
  String save(
      @RequestParam String year,
      @RequestParam String priority,
      @RequestParam(defaultValue = "0") int startedFrom,
      ContextRequest request,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    FinancialYear fy = FinancialYear.parse(year);
    return Refusals.onPage(
        model,
        () -> {
          PriorityContext saved =
              contexts.save(actors.of(auth), fy, priority, startedFrom, request.toCommand());
          redirect.addFlashAttribute(
              "success", "Context saved as version " + saved.version() + " for " + priority);
          return "redirect:/priorities/scrutiny-report?year=" + fy.label();
        },
        () -> {
          model.addAttribute("narrative", request.narrative());
          model.addAttribute("figures", request.figures());
          PriorityContext latest = contexts.latest(fy, priority);
          model.addAttribute("startedFrom", latest == null ? 0 : latest.version());
          return form(year, priority, model);
        });
  }
}
