package org.commissioninghub.monitoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FieldIds;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The returns board, the catalogue of measures and the return templates. */
@Controller
class MonitoringController {

  private final MonitoringReturns monitoring;
  private final Actors actors;

  MonitoringController(MonitoringReturns monitoring, Actors actors) {
    this.monitoring = monitoring;
    this.actors = actors;
  }

  /** Owed returns, the overdue first (longest late at the top), then by due date. */
  @GetMapping("/monitoring")
  String board(Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    LocalDate today = monitoring.today();
    List<MonitoringReturnView> all = monitoring.returns(actor);
    List<MonitoringReturnView> owed =
        all.stream()
            .filter(r -> r.status().owed())
            .sorted(
                Comparator.comparing((MonitoringReturnView r) -> !r.overdueOn(today))
                    .thenComparing(MonitoringReturnView::dueOn)
                    .thenComparing(MonitoringReturnView::organisationName))
            .toList();
    model.addAttribute("today", today);
    model.addAttribute("owed", owed);
    model.addAttribute("overdue", owed.stream().filter(r -> r.overdueOn(today)).count());
    model.addAttribute(
        "dueSoon",
        owed.stream()
            .filter(r -> !r.overdueOn(today) && !r.dueOn().isAfter(today.plusDays(30)))
            .count());
    model.addAttribute(
        "waiting", all.stream().filter(r -> r.status() == ReturnStatus.CERTIFIED).count());
    model.addAttribute(
        "accepted", all.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count());
    model.addAttribute("templates", monitoring.templates());
    model.addAttribute("specialisms", ServiceSpecialism.values());
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", IssueRequest.blank());
    }
    if (!model.containsAttribute("problems")) {
      FieldIds.show(model, List.of());
    }
    return "monitoring/board";
  }

  /** Sets up an award's or a contract's returns (a contract's for one financial year). */
  @PostMapping("/monitoring/returns")
  String issue(
      @RequestParam(required = false) String award,
      @RequestParam(required = false) String contract,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String template,
      @RequestParam(required = false) String specialism,
      @RequestParam(required = false) boolean victimService,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    IssueRequest typed =
        new IssueRequest(award, contract, year, template, specialism, victimService);
    return Refusals.onPage(
        model,
        () -> {
          List<MonitoringReturnView> returns = monitoring.issue(auth.getName(), typed.toCommand());
          flash.addFlashAttribute(
              "success",
              returns.get(0).serviceName()
                  + " owes "
                  + returns.size()
                  + " quarterly returns, each shown with its due date");
          return "redirect:/monitoring";
        },
        () -> {
          model.addAttribute("typed", typed);
          return board(auth, model);
        });
  }

  @GetMapping("/monitoring/measures")
  String measures(Model model) {
    model.addAttribute("measures", monitoring.measures());
    return "monitoring/measures";
  }

  @GetMapping("/monitoring/templates/{code}")
  String template(@PathVariable String code, Model model) {
    model.addAttribute("template", monitoring.template(code));
    return "monitoring/template";
  }
}
