package org.commissioninghub.organisations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.audit.AuditLog;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationController {

  private final AuditLog audit;

  private final Organisations organisations;
  private final OrganisationActivity activity;

  OrganisationController(
      Organisations organisations, OrganisationActivity activity, AuditLog audit) {
    this.audit = audit;
    this.organisations = organisations;
    this.activity = activity;
  }

  @ModelAttribute("types")
  Map<String, String> types() {
    Map<String, String> types = new LinkedHashMap<>();
    Arrays.stream(OrganisationType.values()).forEach(t -> types.put(t.name(), t.label()));
    return types;
  }

  @ModelAttribute("allRoles")
  OrganisationRole[] roles() {
    return OrganisationRole.values();
  }

  @GetMapping("/organisations")
  String list(Model model) {
    model.addAttribute("organisations", organisations.list());
    return "organisations/list";
  }

  @GetMapping("/organisations/{id}")
  String show(@PathVariable String id, Model model) {
    OrganisationView org = organisations.get(id);
    model.addAttribute("org", org);
    model.addAttribute("policies", organisations.profile(id).policies());
    model.addAttribute("activity", activity.of(org.id()));
    model.addAttribute("history", audit.forEntity("organisation", id));
    return "organisations/show";
  }

  @GetMapping("/organisations/new")
  String newForm(Model model) {
    model.addAttribute("form", new OrganisationForm());
    return "organisations/form";
  }

  @PostMapping("/organisations")
  String create(
      @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    try {
      return Refusals.onForm(
          errors,
          () -> {
            OrganisationView created =
                organisations.create(form.toCommand(), form.isConfirmDuplicate());
            flash.addFlashAttribute("success", created.name() + " has been added");
            return "redirect:/organisations/" + created.publicId();
          },
          () -> "organisations/form");
    } catch (PossibleDuplicateException e) {
      // Not a refusal: the person is asked to confirm this is a different organisation.
      model.addAttribute("duplicates", e.candidates());
      errors.rejectValue(
          "name",
          "ORGANISATION-DUPLICATE",
          "This looks like an organisation already recorded. Use the existing record, or confirm this is a different organisation");
      return "organisations/form";
    }
  }

  @GetMapping("/organisations/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    OrganisationView org = organisations.get(id);
    model.addAttribute("org", org);
    model.addAttribute("form", OrganisationForm.from(org));
    return "organisations/form";
  }

  @PostMapping("/organisations/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("form") OrganisationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onForm(
        errors,
        () -> {
          OrganisationView updated = organisations.update(id, form.getVersion(), form.toCommand());
          flash.addFlashAttribute("success", updated.name() + " has been updated");
          return "redirect:/organisations/" + id;
        },
        () -> {
          model.addAttribute("org", organisations.get(id));
          return "organisations/form";
        });
  }
}
