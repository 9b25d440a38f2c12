package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioninghub.shared.Role;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler the application registers, checked against the declared {@link AccessPolicy} for
 * every role and for a stranger. A new endpoint without a rule fails here.
 */
@HubTest
class AccessPolicyTest {

  /** A demo user for each role; the provider and CSP lead are bound to their organisations. */
  private static final Map<Role, String> USERS =
      Map.of(
          Role.ADMIN, "admin",
          Role.OFFICER, "officer",
          Role.ASSESSOR, "assessor",
          Role.APPROVER, "approver",
          Role.FINANCE, "finance",
          Role.CSP_LEAD, "csp",
          Role.PROVIDER, "provider",
          Role.AUDITOR, "auditor");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  record Endpoint(HttpMethod method, String pattern) {
    String samplePath() {
      return pattern.replaceAll("\\{[^}]+}", "sample");
    }
  }

  @Test
  void everyRegisteredEndpointHasADeclaredRule() {
    List<String> uncovered = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      if (AccessPolicy.ruleFor(e.method(), e.samplePath()) == null) {
        uncovered.add(e.method() + " " + e.pattern());
      }
    }
    assertThat(endpoints()).hasSizeGreaterThan(40);
    assertThat(uncovered).as("endpoints without a rule in AccessPolicy").isEmpty();
  }

  @Test
  void everyEndpointAnswersEveryRoleAsDeclared() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      AccessPolicy.Rule rule = AccessPolicy.ruleFor(e.method(), e.samplePath());
      if (rule == null) {
        continue;
      }
      int anonymous = mvc.perform(build(e).with(csrf())).andReturn().getResponse().getStatus();
      if (!rule.isPublic() && anonymous != 302 && anonymous != 401) {
        wrong.add("stranger got " + anonymous + " from " + e);
      }
      for (Map.Entry<Role, String> u : USERS.entrySet()) {
        Role role = u.getKey();
        int status =
            mvc.perform(build(e).with(csrf()).with(user(u.getValue()).roles(role.name())))
                .andReturn()
                .getResponse()
                .getStatus();
        int expected = expectation(rule, role);
        boolean ok = expected == 0 ? status != 401 && status != 403 : status == expected;
        if (!ok) {
          wrong.add(
              role
                  + " got "
                  + status
                  + " (expected "
                  + (expected == 0 ? "access" : expected)
                  + ") from "
                  + e);
        }
      }
    }
    assertThat(wrong).as("responses that break the declared policy").isEmpty();
  }

  @Test
  void onlyThoseWhoMayAddOrganisationsAreShownTheForm() throws Exception {
    for (Map.Entry<Role, String> u : USERS.entrySet()) {
      int status =
          mvc.perform(get("/organisations/new").with(user(u.getValue()).roles(u.getKey().name())))
              .andReturn()
              .getResponse()
              .getStatus();
      boolean mayAdd = u.getKey() == Role.ADMIN || u.getKey() == Role.OFFICER;
      assertThat(status).as(u.getKey().name()).isEqualTo(mayAdd ? 200 : 403);
    }
  }

  /**
   * The matrix again with real ids from the demo data, for reading (writes are swept for scoped
   * users by {@code CrossOrganisationSweepTest}): staff the rule admits get in, others 403; a
   * provider or CSP lead reaches its own records and gets 404 for anyone else's.
   */
  @Test
  void everyRoleMeetsThePolicyWithRealIds() throws Exception {
    OwnedRecords records = new OwnedRecords(jdbc);
    List<String> wrong = new ArrayList<>();
    int probes = 0;
    for (Endpoint e : endpoints()) {
      OwnedRecords.Kind kind = OwnedRecords.kindOf(e.method(), e.pattern());
      if (e.method() != HttpMethod.GET || kind == null) {
        continue;
      }
      AccessPolicy.Rule rule = AccessPolicy.ruleFor(e.method(), e.samplePath());
      for (Map.Entry<Role, String> u : USERS.entrySet()) {
        Role role = u.getKey();
        List<String> ids = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        if (role.isScoped()) {
          long organisation = records.organisationOf(u.getValue());
          for (String id : first(records.own(kind, organisation))) {
            ids.add(id);
            expected.add(rule.allows(Set.of(role)) ? 0 : 403);
          }
          for (String id : first(records.foreign(kind, organisation))) {
            ids.add(id);
            expected.add(rule.allows(Set.of(role)) ? 404 : 403);
          }
        } else {
          for (String id : first(records.any(kind))) {
            ids.add(id);
            expected.add(rule.allows(Set.of(role)) ? 0 : 403);
          }
        }
        for (int i = 0; i < ids.size(); i++) {
          String path = OwnedRecords.fill(e.pattern(), ids.get(i));
          int status =
              mvc.perform(get(path).with(user(u.getValue()).roles(role.name())))
                  .andReturn()
                  .getResponse()
                  .getStatus();
          probes++;
          int want = expected.get(i);
          boolean ok = want == 0 ? status != 401 && status != 403 : status == want;
          if (!ok) {
            wrong.add(
                role
                    + " got "
                    + status
                    + " (expected "
                    + (want == 0 ? "access" : want)
                    + ") from "
                    + path);
          }
        }
      }
    }
    assertThat(probes).isGreaterThan(100);
    assertThat(wrong).as("responses that break the declared policy").isEmpty();
  }

  private static List<String> first(List<String> ids) {
    return ids.isEmpty() ? List.of() : List.of(ids.get(0));
  }

  @Test
  void aProviderCannotReachAnotherOrganisationButCanReachItsOwn() throws Exception {
    for (String path :
        List.of("/organisations/family-matters", "/api/v1/organisations/family-matters")) {
      assertThat(statusOf(path, "provider")).as(path).isEqualTo(404);
    }
    for (String path :
        List.of("/organisations/victim-support", "/api/v1/organisations/victim-support")) {
      assertThat(statusOf(path, "provider")).as(path).isEqualTo(200);
    }
    assertThat(statusOf("/organisations/victim-support", "provider2")).isEqualTo(404);
    for (String path :
        List.of(
            "/awards",
            "/api/v1/awards",
            "/awards/victim-support-2024-25",
            "/api/v1/organisations",
            "/contracts")) {
      assertThat(statusOf(path, "provider")).as(path).isEqualTo(403);
    }
  }

  private int statusOf(String path, String provider) throws Exception {
    return mvc.perform(get(path).with(user(provider).roles("PROVIDER")))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** 0 means "allowed" (any status but 401 and 403); otherwise the status expected. */
  private static int expectation(AccessPolicy.Rule rule, Role role) {
    if (!rule.allows(Set.of(role))) {
      return 403;
    }
    if (rule.scope() == AccessPolicy.Scope.OWN_ORGANISATION && role.isScoped()) {
      return 404; // "sample" is never the user's own organisation
    }
    return 0;
  }

  private static MockHttpServletRequestBuilder build(Endpoint e) {
    return request(e.method(), e.samplePath());
  }

  private Set<Endpoint> endpoints() {
    Set<Endpoint> endpoints = new LinkedHashSet<>();
    for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Set<RequestMethod> tried =
          methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : tried) {
          endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
        }
      }
    }
    return endpoints;
  }
}
