package org.commissioninghub.crimereduction;

import java.util.List;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.OrganisationType;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Refusals;
import org.commissioninghub.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CrimeReductionController {

  private final CrimeReductionGrants grants;
  private final Applications applications;
  private final Organisations organisations;
  private final Actors actors;

  CrimeReductionController(
      CrimeReductionGrants grants,
      Applications applications,
      Organisations organisations,
      Actors actors) {
    this.grants = grants;
    this.applications = applications;
    this.organisations = organisations;
    this.actors = actors;
  }

  @GetMapping("/crime-reduction")
  String list(Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    model.addAttribute("allocations", grants.list(actor));
    model.addAttribute("mayAllocate", actor.has(Role.OFFICER) || actor.has(Role.ADMIN));
    model.addAttribute(
        "partnerships",
        organisations.list().stream()
            .filter(o -> o.type() == OrganisationType.PARTNERSHIP)
            .toList());
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "crimereduction/list";
  }

  @PostMapping("/crime-reduction")
  String allocate(
      @RequestParam(required = false) String csp,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String total,
      @RequestParam(required = false) String upfrontOpens,
      @RequestParam(required = false) String upfrontCloses,
      @RequestParam(required = false) String tacticalOpens,
      @RequestParam(required = false) String tacticalCloses,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    try {
      AllocationView a =
          grants.allocate(
              actors.of(auth),
              new AllocationRequest(
                      csp,
                      year,
                      total,
                      null,
                      upfrontOpens,
                      upfrontCloses,
                      tacticalOpens,
                      tacticalCloses)
                  .toCommand());
      redirect.addFlashAttribute(
          "success",
          a.cspName()
              + ": "
              + a.split().total().format()
              + " = "
              + a.split().upfront().format()
              + " upfront + "
              + a.split().tactical().format()
              + " tactical");
      return "redirect:/crime-reduction/" + a.id();
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
      return list(auth, model);
    } catch (ConflictException e) {
      model.addAttribute("warnings", List.of(e.getMessage()));
      return list(auth, model);
    }
  }

  @GetMapping("/crime-reduction/{id}")
  String show(@PathVariable long id, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    AllocationView a = grants.get(actor, id);
    model.addAttribute("a", a);
    model.addAttribute("upfrontCases", applications.inRound(a.upfrontRound().id()));
    model.addAttribute("tacticalCases", applications.inRound(a.tacticalRound().id()));
    model.addAttribute(
        "mayClose",
        !a.closed()
            && (actor.has(Role.OFFICER)
                || actor.has(Role.ADMIN)
                || (actor.has(Role.CSP_LEAD)
                    && actor.organisationId() != null
                    && actor.organisationId() == a.cspId())));
    return "crimereduction/show";
  }

  @PostMapping("/crime-reduction/{id}/close")
  String close(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
    String back = "/crime-reduction/" + id;
    return Refusals.asWarning(
        redirect,
        () -> {
          AllocationView a = grants.close(actors.of(auth), id);
          redirect.addFlashAttribute(
              "success", "Year closed: " + a.underspend().format() + " returned as underspend");
          return "redirect:" + back;
        },
        back);
  }
}
