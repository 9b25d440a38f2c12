package org.commissioninghub.crimereduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.CsvWriter;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Refusals;
import org.commissioninghub.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The year's Crime Reduction Grant projects: the register the annual report counts. */
@Controller
class ProjectsController {

  private final CrimeReductionGrants grants;
  private final Organisations organisations;
  private final Actors actors;
  private final Clock clock;

  ProjectsController(
      CrimeReductionGrants grants, Organisations organisations, Actors actors, Clock clock) {
    this.grants = grants;
    this.organisations = organisations;
    this.actors = actors;
    this.clock = clock;
  }

  @GetMapping("/crime-reduction/projects")
  String list(@RequestParam(required = false) String year, Authentication auth, Model model) {
    FinancialYear fy = chosen(year);
    Actor actor = actors.of(auth);
    model.addAttribute("year", fy);
    model.addAttribute("summary", grants.year(fy));
    model.addAttribute("mayRecord", actor.has(Role.OFFICER) || actor.has(Role.ADMIN));
    model.addAttribute("organisations", organisations.list());
    model.addAttribute(
        "partnerships", grants.list(actor).stream().filter(a -> a.year().equals(fy)).toList());
    model.addAttribute("priorities", CrimeReductionGrants.PLAN_PRIORITIES);
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "crimereduction/projects";
  }

  @PostMapping("/crime-reduction/projects")
  String record(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String csp,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String amount,
      @RequestParam(required = false) String planPriority,
      @RequestParam(required = false) String theme,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    ProjectRequest entered =
        new ProjectRequest(year, csp, organisation, title, amount, planPriority, theme, false);
    return Refusals.onPage(
        model,
        () -> {
          ProjectView p = grants.recordProject(actors.of(auth), entered.toCommand());
          redirect.addFlashAttribute(
              "success", p.title() + " (" + p.amount().format() + ") recorded for " + p.year());
          return "redirect:/crime-reduction/projects?year=" + p.year().label();
        },
        () -> {
          model.addAttribute("entered", entered);
          return list(year, auth, model);
        });
  }

  @GetMapping("/crime-reduction/projects.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    FinancialYear fy = chosen(year);
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Year",
                "Delivered by",
                "Through",
                "Project",
                "Amount",
                "Police and Crime Plan priority",
                "Theme",
                "Illustrative");
    for (ProjectView p : grants.projects(fy)) {
      csv.row(
          fy.label(),
          p.organisationName(),
          p.deliveredByPartnership() ? p.cspName() : "Third party (funded directly)",
          p.title(),
          p.amount().plain(),
          p.planPriority(),
          p.theme(),
          p.illustrative() ? "yes" : "no");
    }
    return csv.download("crime-reduction-projects-" + fy.label().replace('/', '-') + ".csv");
  }

  private FinancialYear chosen(String year) {
    return year == null || year.isBlank()
        ? FinancialYear.containing(LocalDate.now(clock)).previous()
        : FinancialYear.parse(year);
  }
}
