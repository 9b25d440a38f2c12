package org.commissioninghub.identity;

import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.commissioninghub.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
  String create(Principal principal, TokenRequest request, Model model, RedirectAttributes flash) {
    return Refusals.onPage(
        model,
        () -> {
          flash.addFlashAttribute(
              "newToken", tokens.create(principal.getName(), request.toCommand()));
          return "redirect:/account/tokens";
        },
        () -> list(principal, model));
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(Principal principal, @PathVariable long id, RedirectAttributes flash) {
    tokens.revoke(principal.getName(), id);
    flash.addFlashAttribute("success", "The token has been revoked");
    return "redirect:/account/tokens";
  }
}
