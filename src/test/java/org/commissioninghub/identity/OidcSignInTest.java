package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

/** OpenID Connect sign-in is switched on by configuration alone, and roles stay local. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:oidc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true",
      "spring.security.oauth2.client.registration.keycloak.client-id=commissioning-hub",
      "spring.security.oauth2.client.registration.keycloak.client-secret=not-a-real-secret",
      "spring.security.oauth2.client.registration.keycloak.client-name=Kent OPCC sign-in",
      "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.registration.keycloak.scope=openid,email",
      "spring.security.oauth2.client.provider.keycloak.authorization-uri=http://idp.test/auth",
      "spring.security.oauth2.client.provider.keycloak.token-uri=http://idp.test/token",
      "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=http://idp.test/certs",
      "spring.security.oauth2.client.provider.keycloak.user-name-attribute=email"
    })
@AutoConfigureMockMvc
class OidcSignInTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  @Test
  void theSignInPageOffersTheConfiguredProviderAndSendsPeopleThere() throws Exception {
    String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Sign in with Kent OPCC sign-in");
    String location =
        mvc.perform(get("/oauth2/authorization/keycloak"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location)
        .startsWith("http://idp.test/auth?")
        .contains("client_id=commissioning-hub")
        .contains("scope=openid");
  }

  @Test
  void aVerifiedEmailOfALocalUserSignsInWithTheLocalRoles() {
    jdbc.sql("UPDATE app_user SET email = 'officer@opcc.example' WHERE username = 'officer'")
        .update();
    OidcLocalUsers local = new OidcLocalUsers(users);
    OidcUser signedIn = local.toLocal(remote("Officer@OPCC.example", true));
    assertThat(signedIn.getName()).isEqualTo("officer");
    assertThat(signedIn.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_OFFICER");

    assertThatThrownBy(() -> local.toLocal(remote("stranger@elsewhere.example", true)))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThatThrownBy(() -> local.toLocal(remote("officer@opcc.example", false)))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  private static OidcUser remote(String email, boolean verified) {
    OidcIdToken token =
        new OidcIdToken(
            "token",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of(
                "sub",
                "abc",
                "email",
                email,
                "email_verified",
                verified,
                "iss",
                "http://idp.test"));
    return new DefaultOidcUser(java.util.List.of(), token, "email");
  }
}
