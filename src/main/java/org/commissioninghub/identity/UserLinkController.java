package org.commissioninghub.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Invitations, password resets, and setting a password through an emailed link. */
@Controller
class UserLinkController {

  private final UserLinks links;
  private final Organisations organisations;

  UserLinkController(UserLinks links, Organisations organisations) {
    this.links = links;
    this.organisations = organisations;
  }

  @GetMapping("/users/invite")
  String inviteForm(Model model) {
    model.addAttribute("organisationOptions", organisationOptions());
    return "identity/invite";
  }

  @PostMapping("/users/invite")
  String invite(InvitationRequest request, Model model, RedirectAttributes flash) {
    return Refusals.onPage(
        model,
        () -> {
          Invitation invitation = request.toCommand();
          links.invite(invitation);
          flash.addFlashAttribute(
              "success", "An invitation has been sent to " + invitation.email());
          return "redirect:/users/invite";
        },
        () -> {
          model.addAttribute("email", request.email());
          model.addAttribute("displayName", request.displayName());
          model.addAttribute("organisation", request.organisation());
          model.addAttribute("organisationOptions", organisationOptions());
          return "identity/invite";
        });
  }

  @GetMapping("/password-reset")
  String resetForm() {
    return "identity/password-reset";
  }

  @PostMapping("/password-reset")
  String reset(@RequestParam(required = false) String email, Model model) {
    links.requestReset(email);
    model.addAttribute("sent", true);
    return "identity/password-reset";
  }

  @GetMapping("/account/set-password")
  String setPasswordForm(@RequestParam(required = false) String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("usable", links.usable(token));
    return "identity/set-password";
  }

  @PostMapping("/account/set-password")
  String setPassword(
      @RequestParam(required = false) String token,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirmation,
      Model model,
      RedirectAttributes flash) {
    return Refusals.onPage(
        model,
        () -> {
          links.setPassword(token, password, confirmation);
          flash.addFlashAttribute("success", "Your password has been set. You can now sign in.");
          return "redirect:/login";
        },
        () -> {
          model.addAttribute("token", token);
          model.addAttribute("usable", links.usable(token));
          return "identity/set-password";
        });
  }

  private Map<String, String> organisationOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    organisations.list().forEach(o -> options.put(o.publicId(), o.name()));
    return options;
  }
}
