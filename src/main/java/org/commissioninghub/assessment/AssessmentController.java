package org.commissioninghub.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.NotFoundException;
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

/** The round's applications for screening and assigning, scoring, moderation, and conflicts. */
@Controller
class AssessmentController {

  private final Assessments assessments;
  private final Applications applications;
  private final Programmes programmes;
  private final Actors actors;

  AssessmentController(
      Assessments assessments, Applications applications, Programmes programmes, Actors actors) {
    this.assessments = assessments;
    this.applications = applications;
    this.programmes = programmes;
    this.actors = actors;
  }

  /** A CSP lead sees only the rounds of the fund their CSP runs. */
  private RoundView visibleRound(Actor actor, String id) {
    RoundView round = programmes.round(id);
    if (actor.isScoped()
        && (actor.organisationId() == null
            || actor.organisationId() != round.programme().ownerId())) {
      throw new NotFoundException("round", id);
    }
    return round;
  }

  @GetMapping("/rounds/{id}")
  String round(@PathVariable String id, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    RoundView round = visibleRound(actor, id);
    List<ApplicationView> apps = applications.inRound(round.id());
    List<Row> rows = new ArrayList<>();
    for (ApplicationView a : apps) {
      rows.add(
          new Row(
              a,
              a.status().name().equals("DRAFT")
                  ? List.of()
                  : assessments.assignments(a.reference())));
    }
    model.addAttribute("round", round);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "manages", actor.has(Role.OFFICER) || actor.has(Role.ADMIN) || actor.has(Role.CSP_LEAD));
    model.addAttribute("approved", applications.approvedInRound(round.id()));
    return "assessment/round";
  }

  record Row(ApplicationView application, List<AssignmentView> assignments) {}

  @PostMapping("/applications/{reference}/screen")
  String screen(
      @PathVariable String reference,
      @RequestParam(required = false) String eligible,
      @RequestParam(required = false) String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    ApplicationView a = applications.get(actors.of(auth), reference);
    return Refusals.asWarning(
        redirect,
        () -> {
          assessments.screen(actors.of(auth), reference, "yes".equals(eligible), reason);
          redirect.addFlashAttribute(
              "success", reference + " screened " + ("yes".equals(eligible) ? "in" : "out"));
          return "redirect:/rounds/" + a.round().publicId();
        },
        "/rounds/" + a.round().publicId(),
        reference);
  }

  @PostMapping("/applications/{reference}/assign")
  String assign(
      @PathVariable String reference,
      @RequestParam(required = false) String assessor,
      Authentication auth,
      RedirectAttributes redirect) {
    ApplicationView a = applications.get(actors.of(auth), reference);
    return Refusals.asWarning(
        redirect,
        () -> {
          assessments.assign(actors.of(auth), reference, assessor);
          redirect.addFlashAttribute("success", assessor + " assigned to " + reference);
          return "redirect:/rounds/" + a.round().publicId();
        },
        "/rounds/" + a.round().publicId(),
        reference);
  }

  @GetMapping("/assessments")
  String mine(Authentication auth, Model model) {
    model.addAttribute("assignments", assessments.assignedTo(actors.of(auth)));
    return "assessment/mine";
  }

  @GetMapping("/applications/{reference}/assessment")
  String form(@PathVariable String reference, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    return formPage(reference, actor, model);
  }

  private String formPage(String reference, Actor actor, Model model) {
    ApplicationView a = applications.get(reference);
    AssignmentView mine =
        assessments.assignments(reference).stream()
            .filter(x -> x.assessor().equals(actor.username()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("assignment", reference));
    model.addAttribute("a", a);
    model.addAttribute("assignment", mine);
    return "assessment/form";
  }

  @PostMapping("/applications/{reference}/assessment")
  String submit(
      @PathVariable String reference,
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(auth);
    return Refusals.onPageOrWarning(
        model,
        redirect,
        () ->
            form.containsKey("conflict")
                ? declare(actor, reference, form, redirect)
                : score(actor, reference, form, redirect),
        () -> {
          model.addAttribute("typed", form);
          return formPage(reference, actor, model);
        },
        "/applications/" + reference + "/assessment");
  }

  private String declare(
      Actor actor, String reference, Map<String, String> form, RedirectAttributes redirect) {
    boolean conflict = "yes".equals(form.get("conflict"));
    assessments.declare(actor, reference, conflict, form.get("nature"));
    redirect.addFlashAttribute(
        "success",
        conflict
            ? "Your conflict of interest is recorded; you have stood aside"
            : "Declaration recorded: you may now score");
    return "redirect:/applications/" + reference + "/assessment";
  }

  private String score(
      Actor actor, String reference, Map<String, String> form, RedirectAttributes redirect) {
    List<ScoreInput> scores = new ArrayList<>();
    for (var c : applications.get(reference).round().programme().criteria()) {
      scores.add(
          new ScoreInput(c.id(), form.get("score." + c.id()), form.get("comment." + c.id())));
    }
    boolean complete = "complete".equals(form.get("action"));
    assessments.score(actor, reference, scores, form.get("overallComment"), complete);
    redirect.addFlashAttribute(
        "success", complete ? "Your scores are submitted" : "Your scores are saved");
    return complete
        ? "redirect:/assessments"
        : "redirect:/applications/" + reference + "/assessment";
  }

  @GetMapping("/rounds/{id}/moderation")
  String moderation(@PathVariable String id, Authentication auth, Model model) {
    RoundView round = visibleRound(actors.of(auth), id);
    model.addAttribute("round", round);
    model.addAttribute("moderation", assessments.moderation(id));
    return "assessment/moderation";
  }

  @GetMapping("/conflicts")
  String conflicts(Model model) {
    model.addAttribute("declarations", assessments.conflictsRegister());
    return "assessment/conflicts";
  }
}
