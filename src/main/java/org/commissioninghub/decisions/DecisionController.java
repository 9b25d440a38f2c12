package org.commissioninghub.decisions;

import java.util.List;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
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

/** The approval chain page, the offer and its answer, and the published decision records. */
@Controller
class DecisionController {

  private final Decisions decisions;
  private final Applications applications;
  private final Actors actors;

  DecisionController(Decisions decisions, Applications applications, Actors actors) {
    this.decisions = decisions;
    this.applications = applications;
    this.actors = actors;
  }

  @GetMapping("/applications/{reference}/decision")
  String chain(@PathVariable String reference, Authentication auth, Model model) {
    return page(applications.get(actors.of(auth), reference), actors.of(auth), model);
  }

  private String page(ApplicationView a, Actor actor, Model model) {
    ChainView chain = decisions.chain(a.reference());
    model.addAttribute("a", a);
    model.addAttribute("chain", chain);
    model.addAttribute(
        "mine",
        chain.next().stream().filter(s -> actor.has(Role.valueOf(s.step().role()))).toList());
    return "decisions/chain";
  }

  @PostMapping("/applications/{reference}/decision")
  String decide(
      @PathVariable String reference,
      @RequestParam(required = false) Long step,
      @RequestParam(required = false) String outcome,
      jakarta.servlet.http.HttpServletRequest request,
      @RequestParam(required = false) String conditions,
      @RequestParam(required = false) String reasons,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(auth);
    // Read every value as sent: a List parameter would split "8,500" at the comma.
    String[] typed = request.getParameterValues("amount");
    List<String> amounts = typed == null ? List.of() : List.of(typed);
    DecisionCommand command = new DecisionCommand(step, outcome, amounts, conditions, reasons);
    return Refusals.onPage(
        model,
        () -> {
          ChainView after = decisions.decide(actor, reference, command.toCommand());
          redirect.addFlashAttribute(
              "success",
              after.complete()
                  ? "Approved: the award is made and the offer has been sent"
                  : "Your decision is recorded");
          return "redirect:/applications/" + reference + "/decision";
        },
        () -> page(applications.get(actor, reference), actor, model));
  }

  @GetMapping("/applications/{reference}/offer")
  String offer(@PathVariable String reference, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    ApplicationView a = applications.get(actor, reference);
    model.addAttribute("a", a);
    model.addAttribute("offer", decisions.offer(actor, reference));
    model.addAttribute(
        "mayAnswer",
        (actor.organisationId() != null && actor.organisationId() == a.organisationId())
            || actor.has(Role.OFFICER)
            || actor.has(Role.ADMIN));
    return "decisions/offer";
  }

  @PostMapping("/applications/{reference}/offer")
  String answer(
      @PathVariable String reference,
      @RequestParam(required = false) String answer,
      Authentication auth,
      RedirectAttributes redirect) {
    return Refusals.asWarning(
        redirect,
        () -> {
          OfferView o = decisions.answerOffer(actors.of(auth), reference, "accept".equals(answer));
          redirect.addFlashAttribute(
              "success",
              Boolean.TRUE.equals(o.accepted())
                  ? "You have accepted the grant offer"
                  : "You have declined the grant offer");
          return "redirect:/applications/" + reference + "/offer";
        },
        "/applications/" + reference + "/offer");
  }

  @GetMapping("/decisions")
  String records(Model model) {
    model.addAttribute("records", decisions.records());
    return "decisions/records";
  }

  @GetMapping("/decisions/{reference}")
  String record(@PathVariable String reference, Model model) {
    model.addAttribute("r", decisions.record(reference));
    return "decisions/record";
  }
}
