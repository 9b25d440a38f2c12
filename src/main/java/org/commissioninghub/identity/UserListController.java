package org.commissioninghub.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's list of sign-in accounts. */
@Controller
class UserListController {

  private final UserListing users;

  UserListController(UserListing users) {
    this.users = users;
  }

  @GetMapping("/users")
  String list(Model model) {
    model.addAttribute("accounts", users.all());
    return "identity/users";
  }
}
