package org.commissioninghub.identity;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up two-factor sign-in with an authenticator app. */
@Controller
class TwoFactorController {

  private static final String PENDING = "two-factor-pending-secret";

  private final TwoFactor twoFactor;

  TwoFactorController(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  @GetMapping("/account/two-factor")
  String form(Principal principal, HttpSession session, Model model) {
    model.addAttribute("enabled", twoFactor.isEnabled(principal.getName()));
    String secret = (String) session.getAttribute(PENDING);
    if (secret == null) {
      secret = Totp.newSecret();
      session.setAttribute(PENDING, secret);
    }
    model.addAttribute("secret", secret);
    model.addAttribute("uri", Totp.uri("Commissioning Hub", principal.getName(), secret));
    return "identity/two-factor";
  }

  @PostMapping("/account/two-factor")
  String enable(
      Principal principal,
      HttpSession session,
      @RequestParam(required = false) String code,
      Model model,
      RedirectAttributes flash) {
    String secret = (String) session.getAttribute(PENDING);
    return Refusals.onPage(
        model,
        () -> {
          twoFactor.enable(principal.getName(), secret, code);
          session.removeAttribute(PENDING);
          flash.addFlashAttribute(
              "success",
              "Two-factor sign-in is on. You will be asked for a code each time you sign in.");
          return "redirect:/";
        },
        () -> form(principal, session, model));
  }
}
