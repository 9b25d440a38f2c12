package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PESTELO horizon scan of a year: add, carry forward, retire. */
@Controller
class HorizonScanController {

  private final HorizonScan scan;
  private final Actors actors;
  private final Clock clock;

  HorizonScanController(HorizonScan scan, Actors actors, Clock clock) {
    this.scan = scan;
    this.actors = actors;
    this.clock = clock;
  }

  @GetMapping("/priorities/horizon-scan")
  String page(@RequestParam(required = false) String year, Authentication auth, Model model) {
    FinancialYear fy =
        year == null || year.isBlank()
            ? FinancialYear.containing(LocalDate.now(clock))
            : FinancialYear.parse(year);
    Actor actor = actors.of(auth);
    model.addAttribute("year", fy);
    model.addAttribute("scan", scan.scan(fy));
    model.addAttribute("headings", Pestelo.values());
    model.addAttribute("mayKeep", scan.mayKeep(actor, fy));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/horizon-scan";
  }

  @PostMapping("/priorities/horizon-scan")
  String add(
      HorizonItemRequest request, Authentication auth, Model model, RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          HorizonItem item = scan.add(actors.of(auth), request.toCommand());
          redirect.addFlashAttribute("success", "“" + item.title() + "” added");
          return "redirect:/priorities/horizon-scan?year=" + item.year().label();
        },
        () -> page(request.year(), auth, model));
  }

  @PostMapping("/priorities/horizon-scan/carry")
  String carry(
      @RequestParam(required = false) String fromYear,
      @RequestParam(required = false) List<Long> carry,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          HorizonCarry c = new HorizonCarryRequest(fromYear, carry).toCommand();
          int n = scan.carryForward(actors.of(auth), c);
          redirect.addFlashAttribute("success", n + " issues carried onto the " + c.to() + " scan");
          return "redirect:/priorities/horizon-scan?year=" + c.to().label();
        },
        () -> page(fromYear, auth, model));
  }

  @PostMapping("/priorities/horizon-scan/{id}/retire")
  String retire(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    HorizonItem item = scan.get(id);
    return Refusals.onPage(
        model,
        () -> {
          scan.retire(actors.of(auth), id, reason);
          redirect.addFlashAttribute("success", "“" + item.title() + "” retired");
          return "redirect:/priorities/horizon-scan?year=" + item.year().label();
        },
        () -> page(item.year().label(), auth, model));
  }
}
