package org.commissioninghub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.UserAccounts;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, CSRF, role checks and form errors through the real security filter chain. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=false"
    })
@AutoConfigureMockMvc
class WebSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

  private OrganisationView providerOrg;

  @BeforeEach
  void users() {
    if (!users.exists("web-officer")) {
      users.create("web-officer", "Officer", "secret-1", Role.OFFICER, null);
      users.create("web-auditor", "Auditor", "secret-2", Role.AUDITOR, null);
    }
    providerOrg = fixtures.organisation(Fixtures.unique("Provider Org"));
    users.create(
        Fixtures.unique("prov").replace(' ', '-'),
        "Provider",
        "secret-3",
        Role.PROVIDER,
        providerOrg.id());
  }

  @Test
  void signsInWithTheFormAndStoresOnlyAHash() throws Exception {
    mvc.perform(
            post("/login")
                .param("username", "web-officer")
                .param("password", "secret-1")
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
    mvc.perform(
            post("/login").param("username", "web-officer").param("password", "wrong").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    String hash =
        jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'web-officer'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("secret-1");
  }

  @Test
  void sendsStrangersToSignIn() throws Exception {
    mvc.perform(get("/awards")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/api/v1/awards")).andExpect(status().isUnauthorized());
  }

  @Test
  void refusesFormPostsWithoutTheCsrfToken() throws Exception {
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    mvc.perform(
            post("/organisations")
                .param("name", "No token")
                .param("type", "CHARITY")
                .with(user("web-officer").roles("OFFICER")))
        .andExpect(status().isForbidden());
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void letsAuditorsReadButNotChange() throws Exception {
    mvc.perform(get("/organisations").with(user("web-auditor").roles("AUDITOR")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/organisations")
                .param("name", "x")
                .param("type", "CHARITY")
                .with(csrf())
                .with(user("web-auditor").roles("AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/organisations")
                .with(httpBasic("web-auditor", "secret-2"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"type\":\"CHARITY\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void keepsProvidersToTheirOwnOrganisation() throws Exception {
    String username =
        jdbc.sql("SELECT username FROM app_user WHERE organisation_id = ?")
            .param(providerOrg.id())
            .query(String.class)
            .single();
    OrganisationView other = fixtures.organisation(Fixtures.unique("Someone Else"));
    mvc.perform(
            get("/organisations/" + providerOrg.publicId()).with(user(username).roles("PROVIDER")))
        .andExpect(status().isOk());
    // Another organisation's record answers as if it did not exist, so ids cannot be probed.
    mvc.perform(get("/organisations/" + other.publicId()).with(user(username).roles("PROVIDER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/organisations/" + other.publicId()).with(user(username).roles("PROVIDER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/awards/matrix").with(user(username).roles("PROVIDER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/awards").with(user(username).roles("PROVIDER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void showsFormErrorsBesideTheFieldsAndChangesNothing() throws Exception {
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    mvc.perform(
            post("/funding/streams")
                .with(csrf())
                .with(user("web-officer").roles("OFFICER"))
                .param("name", "Rural Safer Streets")
                .param("year", "202/24")
                .param("amount", "£56,77")
                .param("group", "home-office"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#amount\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "&quot;£56,77&quot; is not a valid amount")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#year\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#source\"")));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void asksBeforeADuplicateOrganisationOnTheForm() throws Exception {
    String name = Fixtures.unique("Choice Support");
    fixtures.organisation(name);
    mvc.perform(
            post("/organisations")
                .with(csrf())
                .with(user("web-officer").roles("OFFICER"))
                .param("name", name.replace("Choice", "Choices"))
                .param("type", "CHARITY"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "This looks like an organisation already recorded")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("confirmDuplicate")));
    mvc.perform(
            post("/organisations")
                .with(csrf())
                .with(user("web-officer").roles("OFFICER"))
                .param("name", name.replace("Choice", "Choices"))
                .param("type", "CHARITY")
                .param("confirmDuplicate", "true"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void apiErrorsAreProblemDetailsNamingTheField() throws Exception {
    mvc.perform(
            post("/api/v1/funding-streams")
                .with(httpBasic("web-officer", "secret-1"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"x\",\"year\":\"2024/26\",\"amount\":\"£6,00\",\"group\":\"victim-services\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("FUNDING-1"))
        .andExpect(jsonPath("$.errors[?(@.field == 'year')].message").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'amount')].message").exists());
    mvc.perform(get("/api/v1/awards/no-such-award").with(httpBasic("web-officer", "secret-1")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT-FOUND"));
  }

  @Test
  void sendsTheSecurityHeaders() throws Exception {
    var response = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    String csp = response.getHeader("Content-Security-Policy");
    assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'");
    String scripts = csp.replaceAll(".*script-src ([^;]*);.*", "$1");
    assertThat(scripts).doesNotContain("unsafe-inline");
    assertThat(response.getHeader("Strict-Transport-Security"))
        .as("no HSTS over plain HTTP")
        .isNull();
    var secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
    assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
  }

  @Test
  void describesTheApiWithOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(user("web-officer").roles("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").exists())
        .andExpect(jsonPath("$.paths['/api/v1/awards']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists());
  }

  @Test
  void theApiDescriptionNamesEveryApiHandlerAndItsBody() throws Exception {
    String doc =
        mvc.perform(get("/v3/api-docs").with(user("web-officer").roles("OFFICER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
    List<String> missing = new java.util.ArrayList<>();
    handlers
        .getHandlerMethods()
        .forEach(
            (info, handler) ->
                info.getPatternValues().stream()
                    .filter(path -> path.startsWith("/api/"))
                    .forEach(
                        path ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(
                                    method -> {
                                      Map<String, Object> operations = paths.get(path);
                                      if (operations == null
                                          || !operations.containsKey(
                                              method.name().toLowerCase(java.util.Locale.ROOT))) {
                                        missing.add(method + " " + path);
                                      }
                                    })));
    assertThat(missing).as("API handlers missing from /v3/api-docs").isEmpty();
    assertThat(paths).hasSizeGreaterThan(40);

    String ref =
        JsonPath.read(
            doc,
            "$.paths['/api/v1/payments'].post.requestBody.content['application/json'].schema.$ref");
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    assertThat(
            (String)
                JsonPath.read(doc, "$.components.schemas['" + name + "'].properties.amount.type"))
        .as("amounts travel as strings of exact pounds")
        .isEqualTo("string");
    List<String> listParameters =
        JsonPath.read(doc, "$.paths['/api/v1/payments'].get.parameters[*].name");
    assertThat(listParameters).contains("year", "class", "award");
    assertThat((String) JsonPath.read(doc, "$.paths['/api/v1/payments'].get.tags[0]"))
        .isEqualTo("Payments");
    assertThat((String) JsonPath.read(doc, "$.components.securitySchemes.bearerAuth.scheme"))
        .isEqualTo("bearer");

    mvc.perform(get("/v3/api-docs.yaml").with(user("web-officer").roles("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("openapi: \"3.1.0\"")));
  }

  @Test
  void anAddressNothingAnswersIsNotFoundForEveryoneNotForbidden() throws Exception {
    for (String role : List.of("ADMIN", "OFFICER", "PROVIDER", "AUDITOR")) {
      mvc.perform(get("/no-such-page").with(user("web-" + role.toLowerCase()).roles(role)))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("web-officer", "secret-1")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    // A page the product has is still refused to a role the policy does not admit.
    mvc.perform(get("/payment-runs").with(user("web-provider").roles("PROVIDER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePublicFindsThePublicPagesAndTheApiDescriptionWithoutSigningIn() throws Exception {
    String login =
        mvc.perform(get("/login"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String path : List.of("/grants", "/decisions", "/open-data", "/v3/api-docs")) {
      assertThat(login).contains("href=\"" + path + "\"");
      mvc.perform(get(path)).andExpect(status().isOk());
    }
    // The description is public; the calls it describes are not.
    mvc.perform(get("/api/v1/awards")).andExpect(status().isUnauthorized());
  }
}
