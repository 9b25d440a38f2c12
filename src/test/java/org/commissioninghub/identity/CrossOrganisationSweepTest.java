package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API path with an id, for every user bound to an organisation, asked for real
 * records (from the demo data) of other organisations: each must answer 404 (or 403 where the role
 * may not use the path at all), never the record. The paths come from the registered handlers, so a
 * new one is swept without anyone remembering to add it.
 */
@HubTest
class CrossOrganisationSweepTest {

  /** Every demo user bound to an organisation, with their role. */
  private static final Map<String, Role> SCOPED_USERS =
      Map.of(
          "provider", Role.PROVIDER,
          "provider2", Role.PROVIDER,
          "certifier", Role.PROVIDER,
          "csp", Role.CSP_LEAD,
          "cspchair", Role.CSP_LEAD);

  private static final Set<String> ONE_PER_ORGANISATION = Set.of("certifier", "cspchair");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  record Endpoint(HttpMethod method, String pattern) {
    String key() {
      return method + " " + pattern;
    }
  }

  @Test
  void aCspLeadCannotReadAnotherOrganisationsApplicationsThroughTheApi() throws Exception {
    OwnedRecords records = new OwnedRecords(jdbc);
    long kent = records.organisationOf("cspchair");
    assertThat(
            status(
                "cspchair",
                HttpMethod.GET,
                "/api/v1/rounds/violence-reduction-fund-2019-20/moderation"))
        .isEqualTo(404);
    List<String> others =
        jdbc.sql(
                "SELECT a.reference FROM application a JOIN funding_round r ON r.id = a.round_id"
                    + " JOIN programme p ON p.id = r.programme_id"
                    + " WHERE a.organisation_id <> ? AND p.owner_id <> ?")
            .param(kent)
            .param(kent)
            .query(String.class)
            .list();
    assertThat(others).isNotEmpty();
    for (String reference : others) {
      assertThat(status("cspchair", HttpMethod.GET, "/api/v1/applications/" + reference))
          .as(reference)
          .isEqualTo(404);
      assertThat(status("cspchair", HttpMethod.GET, "/api/v1/applications/" + reference + "/chain"))
          .as(reference + "/chain")
          .isEqualTo(404);
    }
  }

  @Test
  void everyPathWithAnIdHidesOtherOrganisationsRecordsFromEveryScopedUser() throws Exception {
    OwnedRecords records = new OwnedRecords(jdbc);
    List<String> wrong = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    int probes = 0;
    for (Endpoint e : endpoints()) {
      if (!OwnedRecords.hasId(e.pattern())) {
        continue;
      }
      OwnedRecords.Kind kind = OwnedRecords.kindOf(e.method(), e.pattern());
      for (Map.Entry<String, Role> u : SCOPED_USERS.entrySet()) {
        String sample = OwnedRecords.fill(e.pattern(), "sample");
        AccessPolicy.Rule rule = AccessPolicy.ruleFor(e.method(), sample);
        boolean reachable = rule != null && rule.allows(Set.of(u.getValue()));
        if (kind == null) {
          if (reachable
              && !rule.isPublic()
              && !OwnedRecords.NOT_ORGANISATION_OWNED.containsKey(e.key())) {
            undeclared.add(e.key() + " (reachable by " + u.getKey() + ")");
          }
          continue;
        }
        List<String> ids = records.foreign(kind, records.organisationOf(u.getKey()));
        if (kind == OwnedRecords.Kind.ROUND) {
          ids = withVrf(ids);
        }
        for (String id : ids) {
          String path = OwnedRecords.fill(e.pattern(), id);
          int expected = reachable ? 404 : 403;
          int got = status(u.getKey(), e.method(), path);
          probes++;
          if (got != expected) {
            wrong.add(
                u.getKey()
                    + " got "
                    + got
                    + " (expected "
                    + expected
                    + ") from "
                    + e.method()
                    + " "
                    + path);
          }
        }
      }
    }
    assertThat(undeclared)
        .as(
            "paths with an id a scoped user may reach, naming no known record kind: say in"
                + " OwnedRecords what they name")
        .isEmpty();
    assertThat(probes).isGreaterThan(500);
    assertThat(wrong).as("another organisation's record reached").isEmpty();
  }

  @Test
  void theReportedProbeThroughHttpBasicIsRefusedToo() throws Exception {
    int status =
        mvc.perform(
                get("/api/v1/rounds/violence-reduction-fund-2019-20/moderation")
                    .with(httpBasic("cspchair", "demo")))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(404);
  }

  /**
   * Lists have no id to check, so the feature filters them: no list or page a scoped user may open
   * names another organisation's application (public pages, such as published decisions, aside).
   */
  @Test
  void noListShowsAScopedUserAnotherOrganisationsApplications() throws Exception {
    OwnedRecords records = new OwnedRecords(jdbc);
    List<String> wrong = new ArrayList<>();
    int lists = 0;
    for (Endpoint e : endpoints()) {
      AccessPolicy.Rule rule = AccessPolicy.ruleFor(e.method(), e.pattern());
      if (e.method() != HttpMethod.GET
          || OwnedRecords.hasId(e.pattern())
          || rule == null
          || rule.isPublic()) {
        continue;
      }
      for (Map.Entry<String, Role> u : SCOPED_USERS.entrySet()) {
        // One user per organisation is enough here: a list depends on the organisation alone.
        if (!rule.allows(Set.of(u.getValue())) || ONE_PER_ORGANISATION.contains(u.getKey())) {
          continue;
        }
        List<String> others =
            records.all(OwnedRecords.Kind.APPLICATION, records.organisationOf(u.getKey()));
        MockHttpServletResponse response =
            mvc.perform(get(e.pattern()).with(user(u.getKey()).roles(u.getValue().name())))
                .andReturn()
                .getResponse();
        lists++;
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String reference : others) {
          if (body.contains(reference)) {
            wrong.add(u.getKey() + " sees " + reference + " at " + e.pattern());
          }
        }
      }
    }
    assertThat(lists).isGreaterThan(20);
    assertThat(wrong).as("another organisation's application listed").isEmpty();
  }

  @Test
  void scopedUsersStillReachTheirOwnRecords() throws Exception {
    OwnedRecords records = new OwnedRecords(jdbc);
    Map<OwnedRecords.Kind, String> detail =
        Map.of(
            OwnedRecords.Kind.ORGANISATION, "/api/v1/organisations/",
            OwnedRecords.Kind.APPLICATION, "/api/v1/applications/",
            OwnedRecords.Kind.CONTINUATION, "/api/v1/continuations/",
            OwnedRecords.Kind.MONITORING_RETURN, "/monitoring/returns/");
    int reached = 0;
    for (String username : SCOPED_USERS.keySet()) {
      long organisation = records.organisationOf(username);
      for (Map.Entry<OwnedRecords.Kind, String> d : detail.entrySet()) {
        for (String id : records.own(d.getKey(), organisation)) {
          if (d.getKey() == OwnedRecords.Kind.CONTINUATION
              && SCOPED_USERS.get(username) == Role.CSP_LEAD) {
            continue; // continuation offers go to providers; a CSP lead has no such rule
          }
          assertThat(status(username, HttpMethod.GET, d.getValue() + id))
              .as(username + " " + d.getValue() + id)
              .isEqualTo(200);
          reached++;
        }
      }
    }
    assertThat(reached).isGreaterThan(5);
  }

  private static List<String> withVrf(List<String> ids) {
    Set<String> all = new LinkedHashSet<>(ids);
    all.add("violence-reduction-fund-2019-20");
    return List.copyOf(all);
  }

  private int status(String username, HttpMethod method, String path) throws Exception {
    MockHttpServletRequestBuilder request =
        method == HttpMethod.GET ? get(path) : request(method, path).with(csrf());
    if (method != HttpMethod.GET && path.startsWith("/api/")) {
      request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    MockHttpServletResponse response =
        mvc.perform(request.with(user(username).roles(SCOPED_USERS.get(username).name())))
            .andReturn()
            .getResponse();
    return response.getStatus();
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
