package org.commissioninghub.identity;

import java.security.Principal;
import org.commissioninghub.organisations.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final UserAccounts users;
  private final Organisations organisations;

  HomeController(UserAccounts users, Organisations organisations) {
    this.users = users;
    this.organisations = organisations;
  }

  @GetMapping("/")
  String home(Principal principal, Model model) {
    users
        .organisationOf(principal.getName())
        .ifPresent(id -> model.addAttribute("ownOrganisation", organisations.get(id)));
    return "identity/home";
  }
}
