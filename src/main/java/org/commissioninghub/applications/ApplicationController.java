package org.commissioninghub.applications;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.Actor;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's pages: start (eligibility first), draft, documents, submit, withdraw. */
@Controller
class ApplicationController {

  private final Applications applications;
  private final Programmes programmes;
  private final Organisations organisations;
  private final Actors actors;

  ApplicationController(
      Applications applications,
      Programmes programmes,
      Organisations organisations,
      Actors actors) {
    this.applications = applications;
    this.programmes = programmes;
    this.organisations = organisations;
    this.actors = actors;
  }

  @GetMapping("/grants/{round}/apply")
  String startForm(@PathVariable String round, Authentication auth, Model model) {
    return startPage(programmes.round(round), actors.of(auth), Map.of(), null, model);
  }

  private String startPage(
      RoundView round, Actor actor, Map<String, String> answers, String title, Model model) {
    model.addAttribute("round", round);
    model.addAttribute("answers", answers);
    model.addAttribute("title", title);
    model.addAttribute(
        "organisations",
        actor.isScoped() && !actor.has(Role.CSP_LEAD) ? List.of() : organisations.list());
    model.addAttribute("ownOrganisation", actor.organisationId());
    return "applications/start";
  }

  @PostMapping("/grants/{round}/apply")
  String start(
      @PathVariable String round,
      @RequestParam Map<String, String> form,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(auth);
    Map<String, String> eligibility = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("eligibility.")) {
            eligibility.put(k.substring("eligibility.".length()), v);
          }
        });
    return Refusals.onPage(
        model,
        () -> {
          ApplicationView created =
              applications.start(
                  actor,
                  new NewApplication(
                          round, form.get("organisation"), form.get("title"), eligibility)
                      .toCommand());
          redirect.addFlashAttribute("success", "Application " + created.reference() + " started");
          return "redirect:/applications/" + created.reference();
        },
        () -> startPage(programmes.round(round), actor, eligibility, form.get("title"), model));
  }

  @GetMapping("/applications")
  String list(Authentication auth, Model model) {
    model.addAttribute("applications", applications.visibleTo(actors.of(auth)));
    return "applications/list";
  }

  @GetMapping("/applications/{reference}")
  String show(@PathVariable String reference, Authentication auth, Model model) {
    Actor actor = actors.of(auth);
    ApplicationView a = applications.get(actor, reference);
    return page(a, actor, model);
  }

  private String page(ApplicationView a, Actor actor, Model model) {
    model.addAttribute("a", a);
    boolean editable =
        a.status() == ApplicationStatus.DRAFT
            && (actor.has(Role.PROVIDER)
                || actor.has(Role.CSP_LEAD)
                || actor.has(Role.OFFICER)
                || actor.has(Role.ADMIN));
    model.addAttribute("editable", editable);
    List<org.commissioninghub.shared.FieldProblem> missing =
        editable ? applications.completeness(a) : List.of();
    model.addAttribute("missing", missing);
    model.addAttribute(
        "profileNeeded", missing.stream().anyMatch(p -> p.field().startsWith("policies.")));
    model.addAttribute("profile", applications.profile(a));
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < a.round().programme().maxYears(); i++) {
      amounts.add(i < a.amounts().size() ? a.amounts().get(i).amount().format() : "");
    }
    if (!model.containsAttribute("typedAmounts")) {
      model.addAttribute("typedAmounts", amounts);
    }
    model.addAttribute("staff", !actor.isScoped());
    return "applications/show";
  }

  @PostMapping("/applications/{reference}")
  String save(
      @PathVariable String reference,
      @RequestParam int version,
      @RequestParam Map<String, String> form,
      jakarta.servlet.http.HttpServletRequest request,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(auth);
    // Read every value as sent: a List parameter would split "8,500" at the comma.
    List<String> amount = values(request, "amount");
    Map<String, String> answers = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("answers.")) {
            answers.put(k.substring("answers.".length()), v);
          }
        });
    ApplicationDraft draft =
        new ApplicationDraft(
            form.getOrDefault("title", ""),
            form.getOrDefault("summary", ""),
            form.getOrDefault("contactName", ""),
            form.getOrDefault("contactEmail", ""),
            amount,
            answers);
    return Refusals.onPageOrWarning(
        model,
        redirect,
        () -> {
          applications.save(
              actor,
              reference,
              version,
              draft.toCommand(applications.get(actor, reference).round().programme()));
          redirect.addFlashAttribute("success", "Your application has been saved");
          return "redirect:/applications/" + reference;
        },
        () -> {
          model.addAttribute("typedAmounts", amount);
          model.addAttribute("typed", form);
          return page(applications.get(actor, reference), actor, model);
        },
        "/applications/" + reference);
  }

  @PostMapping("/applications/{reference}/documents")
  String upload(
      @PathVariable String reference,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "question", required = false) String question,
      Authentication auth,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Actor actor = actors.of(auth);
    String fileName = file == null ? null : file.getOriginalFilename();
    byte[] content = file == null ? new byte[0] : file.getBytes();
    return Refusals.onPageOrWarning(
        model,
        redirect,
        () -> {
          ApplicationView.DocumentView d =
              applications.upload(actor, reference, question, fileName, content);
          redirect.addFlashAttribute("success", d.fileName() + " uploaded (" + d.sizeText() + ")");
          return "redirect:/applications/" + reference;
        },
        () -> page(applications.get(actor, reference), actor, model),
        "/applications/" + reference);
  }

  @GetMapping("/applications/{reference}/documents/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String reference, @PathVariable long id, Authentication auth) {
    return ApplicationApiController.DocumentResponses.attachment(
        applications.document(actors.of(auth), reference, id));
  }

  @PostMapping("/applications/{reference}/documents/{id}/delete")
  String removeDocument(
      @PathVariable String reference,
      @PathVariable long id,
      Authentication auth,
      RedirectAttributes redirect) {
    return Refusals.asWarning(
        redirect,
        () -> {
          applications.removeDocument(actors.of(auth), reference, id);
          redirect.addFlashAttribute("success", "Document removed");
          return "redirect:/applications/" + reference;
        },
        "/applications/" + reference);
  }

  @PostMapping("/applications/{reference}/submit")
  String submit(
      @PathVariable String reference,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(auth);
    return Refusals.onPageOrWarning(
        model,
        redirect,
        () -> {
          model.addAttribute("a", applications.submit(actor, reference));
          return "applications/submitted";
        },
        () -> page(applications.get(actor, reference), actor, model),
        "/applications/" + reference);
  }

  @PostMapping("/applications/{reference}/withdraw")
  String withdraw(
      @PathVariable String reference,
      @RequestParam(required = false) String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    return Refusals.asWarning(
        redirect,
        () -> {
          applications.withdraw(actors.of(auth), reference, reason);
          redirect.addFlashAttribute("success", "Application " + reference + " withdrawn");
          return "redirect:/applications/" + reference;
        },
        "/applications/" + reference);
  }

  static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : List.of(values);
  }
}
