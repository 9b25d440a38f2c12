package org.commissioninghub.organisations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The organisation profile its own users keep for their applications. */
@Controller
class ProfileController {

  private final Organisations organisations;

  ProfileController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/organisations/{id}/profile")
  String form(@PathVariable String id, Model model) {
    OrganisationProfile profile = organisations.profile(id);
    Map<String, String> reviewed = new LinkedHashMap<>();
    profile.policies().forEach(p -> reviewed.put(p.kind().name(), p.reviewedOn().toString()));
    OrganisationView o = profile.organisation();
    return page(
        profile,
        new ProfileCommand(
            o.charityNumber(), o.companyNumber(), o.address(), o.postcode(), o.website(), reviewed),
        o.version(),
        model);
  }

  @PostMapping("/organisations/{id}/profile")
  String save(
      @PathVariable String id,
      @RequestParam int version,
      HttpServletRequest request,
      Authentication auth,
      Model model,
      RedirectAttributes flash) {
    Map<String, String> reviewed = new LinkedHashMap<>();
    for (PolicyKind kind : PolicyKind.values()) {
      reviewed.put(kind.name(), request.getParameter("policies." + kind.name()));
    }
    ProfileCommand command =
        new ProfileCommand(
            request.getParameter("charityNumber"),
            request.getParameter("companyNumber"),
            request.getParameter("address"),
            request.getParameter("postcode"),
            request.getParameter("website"),
            reviewed);
    return Refusals.onVersionedPage(
        model,
        () -> {
          organisations.updateProfile(auth.getName(), id, version, command);
          flash.addFlashAttribute("success", "The organisation profile has been saved");
          return "redirect:/organisations/" + id;
        },
        () -> page(organisations.profile(id), command, version, model),
        () -> {
          // Shown with the current version, so saving again after reading the message is
          // deliberate.
          OrganisationProfile current = organisations.profile(id);
          return page(current, command, current.organisation().version(), model);
        });
  }

  private String page(OrganisationProfile profile, ProfileCommand typed, int version, Model model) {
    model.addAttribute("org", profile.organisation());
    model.addAttribute("typed", typed);
    model.addAttribute("version", version);
    model.addAttribute("kinds", PolicyKind.values());
    if (!model.containsAttribute("problems")) {
      FieldIds.show(model, List.of());
    }
    return "organisations/profile";
  }
}
