package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 2024/25 CRG alignment shares of seeds/000 §4 counted from the projects' priority tags, each
 * with its denominator; tags are checked against the plan versions in force at the record's date;
 * an award's page shows the priorities it serves.
 */
@HubTest
class AlignmentTest {

  private static final String RESIDENTS =
      "Work with residents, communities and businesses to prevent crime and anti-social behaviour";
  private static final String YOUNG = "Protect young people and provide opportunities";
  private static final String VISIBLE = "Be visible and responsive to the needs of communities";

  @Autowired PriorityTags tags;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void theSeedsSharesComeOutOfTheTags() throws Exception {
    Alignment a = tags.alignment(FinancialYear.parse("2024/25"));
    assertThat(line(a, "CSP projects", RESIDENTS).percentOfProjects()).isEqualTo(24);
    assertThat(line(a, "CSP projects", RESIDENTS).ofProjects()).isEqualTo(121);
    assertThat(line(a, "CSP projects", YOUNG).percentOfProjects()).isEqualTo(18);
    assertThat(line(a, "CSP projects", VISIBLE).percentOfProjects()).isEqualTo(18);
    assertThat(line(a, "Third parties' projects", YOUNG).percentOfValue()).isEqualTo(41);
    assertThat(line(a, "Third parties' projects", RESIDENTS).percentOfValue()).isEqualTo(32);
    assertThat(line(a, "Third parties' projects", YOUNG).ofValue().format())
        .isEqualTo("£768,522.00");
    List<String> csv = text("/priorities/alignment.csv?year=2024/25").lines().toList();
    assertThat(csv)
        .anyMatch(
            r ->
                r.startsWith("2024/25,CSP projects,Making Kent Safer")
                    && r.contains(RESIDENTS + "\",Priorities,29,29,121,24,"));
    assertThat(text("/priorities/alignment?year=2024/25"))
        .contains("24% of 121", "41% of £768,522.00");
  }

  @Test
  void tagsAreCheckedAgainstThePlansInForceAndShownOnTheAward() throws Exception {
    Long pcp2025 = tags.itemId("police-and-crime-plan-2025-29", "Protecting People");
    Long csaTheme = tags.itemId("kent-csa-9-0", "Support Mental Health and Wellbeing");
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    // A 2024/25 award cannot serve the 2025-29 plan, which was not yet in force.
    assertThatThrownBy(
            () ->
                tags.tag(
                    actors.byName("officer"),
                    new TagRequest(
                            "award", "rubicon-cares-2024-25", "2024-04-01", pcp2025, List.of())
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a priority or theme of a plan in force on 2024-04-01");
    assertThatThrownBy(
            () ->
                tags.tag(
                    actors.byName("officer"),
                    new TagRequest(
                            "award",
                            "rubicon-cares-2024-25",
                            "2025-06-01",
                            pcp2025,
                            List.of(pcp2025))
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not also a secondary");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    var saved =
        mvc.perform(
                post("/priorities/tags")
                    .param("type", "award")
                    .param("id", "rubicon-cares-2024-25")
                    .param("date", "2025-06-01")
                    .param("primary", String.valueOf(pcp2025))
                    .param("secondary", String.valueOf(csaTheme))
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo("/awards/rubicon-cares-2024-25");
    String award = text("/awards/rubicon-cares-2024-25");
    assertThat(award)
        .contains("Protecting People")
        .contains("main priority, Police and Crime Plan 2025–2029")
        .contains("Support Mental Health and Wellbeing");
    int refused =
        mvc.perform(
                post("/priorities/tags")
                    .param("type", "award")
                    .param("id", "rubicon-cares-2024-25")
                    .param("date", "2025-06-01")
                    .with(user("csp").roles("CSP_LEAD"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(refused).isEqualTo(403);
  }

  @Test
  void aProgrammeIsTaggedFromItsPage() throws Exception {
    String programme = "crg-kent-community-safety-partnership-2024-25";
    assertThat(text("/programmes/" + programme)).contains("Not tagged with any priority yet");
    Long residents = tags.itemId("making-kent-safer-2022-25", RESIDENTS);
    var saved =
        mvc.perform(
                post("/priorities/tags")
                    .param("type", "programme")
                    .param("id", programme)
                    .param("date", "2024-06-01")
                    .param("primary", String.valueOf(residents))
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo("/programmes/" + programme);
    assertThat(text("/programmes/" + programme)).contains(RESIDENTS + " (main)");
  }

  private static Alignment.Line line(Alignment a, String group, String item) {
    return a.lines().stream()
        .filter(l -> l.group().equals(group) && l.item().equals(item))
        .findFirst()
        .orElseThrow();
  }

  private String text(String path) throws Exception {
    var response =
        mvc.perform(get(path).with(user("officer").roles("OFFICER"))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
