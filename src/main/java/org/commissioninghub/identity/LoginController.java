package org.commissioninghub.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  private final ObjectProvider<ClientRegistrationRepository> identityProviders;

  LoginController(ObjectProvider<ClientRegistrationRepository> identityProviders) {
    this.identityProviders = identityProviders;
  }

  @GetMapping("/login")
  String login(Model model) {
    Map<String, String> providers = new LinkedHashMap<>();
    if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object registration : registrations) {
        ClientRegistration r = (ClientRegistration) registration;
        providers.put(r.getRegistrationId(), r.getClientName());
      }
    }
    model.addAttribute("identityProviders", providers);
    return "identity/login";
  }
}
