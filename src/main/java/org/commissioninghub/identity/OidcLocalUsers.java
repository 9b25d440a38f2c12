package org.commissioninghub.identity;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through an organisation's identity provider (e.g. Microsoft Entra ID, Keycloak). The
 * provider proves who the person is; their roles and scope still come from this system: the
 * verified email must belong to an enabled local user, or sign-in is refused.
 */
class OidcLocalUsers extends OidcUserService {

  private final UserAccounts users;

  OidcLocalUsers(UserAccounts users) {
    this.users = users;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser remote = super.loadUser(request);
    return toLocal(remote);
  }

  OidcUser toLocal(OidcUser remote) {
    String email = remote.getEmail() == null ? "" : remote.getEmail().toLowerCase(Locale.UK);
    if (email.isEmpty() || Boolean.FALSE.equals(remote.getEmailVerified())) {
      throw refused("The identity provider did not give a verified email address");
    }
    String username =
        users
            .enabledUsernameByEmail(email)
            .orElseThrow(() -> refused("No Commissioning Hub account uses this email address"));
    UserDetails local = users.loadUserByUsername(username);
    if (!local.isAccountNonLocked()) {
      throw refused("The account is locked");
    }
    List<GrantedAuthority> roles = List.copyOf(local.getAuthorities());
    return new DefaultOidcUser(roles, remote.getIdToken(), remote.getUserInfo(), "email") {
      @Override
      public String getName() {
        return username;
      }
    };
  }

  private static OAuth2AuthenticationException refused(String message) {
    return new OAuth2AuthenticationException(new OAuth2Error("access_denied", message, null));
  }
}
