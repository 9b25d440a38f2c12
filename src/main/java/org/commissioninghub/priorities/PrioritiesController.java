package org.commissioninghub.priorities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.OrganisationRole;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans in force and their versions, and the county table of strategic assessments. */
@Controller
class PrioritiesController {

  private final Priorities priorities;
  private final Organisations organisations;
  private final Actors actors;
  private final Clock clock;

  PrioritiesController(
      Priorities priorities, Organisations organisations, Actors actors, Clock clock) {
    this.priorities = priorities;
    this.organisations = organisations;
    this.actors = actors;
    this.clock = clock;
  }

  @GetMapping("/priorities")
  String index(Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("today", today);
    model.addAttribute("plans", priorities.plans());
    model.addAttribute(
        "csa", priorities.inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, today).orElse(null));
    model.addAttribute(
        "pcp", priorities.inForce(PlanKind.POLICE_AND_CRIME_PLAN, today).orElse(null));
    return "priorities/index";
  }

  @GetMapping("/priorities/plans/{id}")
  String plan(@PathVariable String id, Model model) {
    model.addAttribute("plan", priorities.plan(id));
    return "priorities/plan";
  }

  @GetMapping("/priorities/strategic-assessments")
  String assessments(
      @RequestParam(required = false) String year, Authentication auth, Model model) {
    FinancialYear fy = chosen(year);
    Actor actor = actors.of(auth);
    model.addAttribute("year", fy);
    model.addAttribute("table", priorities.assessments(fy));
    model.addAttribute(
        "partnerships",
        organisations.list().stream()
            .filter(o -> o.roles().contains(OrganisationRole.CSP))
            .filter(o -> actor.has(Role.OFFICER) || actor.has(Role.ADMIN) || actor.maySee(o.id()))
            .toList());
    model.addAttribute(
        "mayRecord", actor.has(Role.OFFICER) || actor.has(Role.ADMIN) || actor.has(Role.CSP_LEAD));
    model.addAttribute("namings", NamedAs.values());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "priorities/assessments";
  }

  @PostMapping("/priorities/strategic-assessments")
  String record(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String csp,
      @RequestParam(required = false) String issue,
      @RequestParam(required = false) String namedAs,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    return Refusals.onPage(
        model,
        () -> {
          AssessmentCommand command =
              new AssessmentRequest(year, csp, issue, namedAs, false).toCommand();
          priorities.recordAssessment(actors.of(auth), command);
          redirect.addFlashAttribute("success", "“" + command.issue() + "” recorded");
          return "redirect:/priorities/strategic-assessments?year=" + command.year().label();
        },
        () -> assessments(year, auth, model));
  }

  @GetMapping("/priorities/strategic-assessments.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    FinancialYear fy = chosen(year);
    StrategicAssessmentTable table = priorities.assessments(fy);
    CsvWriter csv =
        new CsvWriter()
            .row(
                "Financial year",
                "Issue",
                "Number of CSPs",
                "Of CSPs reporting",
                "As a main priority",
                "As a cross-cutting theme",
                "As part of a broader theme",
                "CSPs naming it");
    for (StrategicAssessmentTable.Row row : table.rows()) {
      csv.row(
          fy.label(),
          row.issue(),
          String.valueOf(row.count()),
          String.valueOf(table.partnerships().size()),
          String.valueOf(row.countNamedAs(NamedAs.PRIORITY)),
          String.valueOf(row.countNamedAs(NamedAs.CROSS_CUTTING_THEME)),
          String.valueOf(row.countNamedAs(NamedAs.BROADER_THEME)),
          String.join(
              "; ", row.namedBy().stream().map(StrategicAssessmentTable.Naming::csp).toList()));
    }
    return csv.download("strategic-assessments-" + fy.label().replace('/', '-') + ".csv");
  }

  /** The year asked for, or the last complete financial year. */
  private FinancialYear chosen(String year) {
    return year == null || year.isBlank()
        ? FinancialYear.containing(LocalDate.now(clock)).previous()
        : FinancialYear.parse(year);
  }
}
