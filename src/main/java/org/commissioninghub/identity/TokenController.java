package org.commissioninghub.identity;

import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.commissioninghub.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own API tokens: create (shown once), list, revoke. */
@Controller
class TokenController {

  private final ApiTokens tokens;
  private final Clock clock;

  TokenController(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @GetMapping("/account/tokens")
  String list(Principal principal, Model model) {
    model.addAttribute("tokens", tokens.of(principal.getName()));
    model.addAttribute("now", OffsetDateTime.now(clock));
    return "identity/tokens";
  }

  @PostMapping("/account/tokens")
  String create(
      Principal principal,
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "90") String days,
      Model model,
      RedirectAttributes flash) {
    try {
      String secret = tokens.create(principal.getName(), name, Integer.parseInt(days.strip()));
      flash.addFlashAttribute("newToken", secret);
      return "redirect:/account/tokens";
    } catch (InvalidInputException | NumberFormatException e) {
      model.addAttribute(
          "error",
          e instanceof InvalidInputException invalid
              ? invalid.problems().get(0).message()
              : "Enter the number of days as a whole number, like 90");
      return list(principal, model);
    }
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(Principal principal, @PathVariable long id, RedirectAttributes flash) {
    tokens.revoke(principal.getName(), id);
    flash.addFlashAttribute("success", "The token has been revoked");
    return "redirect:/account/tokens";
  }
}
