package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The standard return ships ready; awards are issued their quarterly returns with due dates. */
@HubTest
class MonitoringReturnsTest {

  @Autowired MonitoringReturns monitoring;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void theStandardVictimServicesReturnShipsWithEveryMojOutcomeAndItsBase() {
    ReturnTemplate standard = monitoring.template(MonitoringReturns.STANDARD_TEMPLATE);
    Set<String> codes =
        standard.metrics().stream().map(MetricDefinition::code).collect(Collectors.toSet());
    assertThat(codes)
        .contains(
            "REFERRALS",
            "REFERRALS_POLICE",
            "SUPPORTED",
            "CYP_SUPPORTED",
            "REPORTED_BEFORE",
            "EMPOWERED_AFTER",
            "WAITING_LIST",
            "WAITING_DAYS",
            "AGE_UNDER_18",
            "GENDER_FEMALE",
            "ETHNICITY_WHITE",
            "DISABILITY_YES",
            "CRIME_DOMESTIC_ABUSE");
    assertThat(standard.sections().keySet())
        .containsSubsequence("Referrals", "Support", "Outcomes", "Age", "Crime types");
    Set<MojOutcome> reported = EnumSet.noneOf(MojOutcome.class);
    for (MetricDefinition m : standard.metrics()) {
      if (m.kind() == MetricKind.OUTCOME) {
        reported.add(m.mojOutcome());
        // Every outcome is a share of a measure that is itself in the return.
        assertThat(codes).as(m.code()).contains(m.denominatorCode());
      }
    }
    assertThat(reported).containsExactlyInAnyOrder(MojOutcome.values());
    assertThat(monitoring.measures())
        .filteredOn(m -> m.code().equals("OPEN_CASES"))
        .singleElement()
        .extracting(MetricDefinition::aggregation)
        .isEqualTo(Aggregation.LATEST);
  }

  @Test
  void anAwardOwesAReturnEachQuarterAndIssuingTwiceAddsNothing() {
    List<MonitoringReturnView> issued =
        monitoring.issueFor("officer", "victim-support-2024-25", null);
    assertThat(issued)
        .extracting(r -> r.period().quarter() + " " + r.dueOn())
        .containsExactly("1 2024-07-31", "2 2024-10-31", "3 2025-01-31", "4 2025-04-30");
    var before = DatabaseSnapshot.of(jdbc);
    assertThat(monitoring.issueFor("officer", "victim-support-2024-25", "victim-services"))
        .hasSize(4);
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    // Long past their due dates and not sent: all overdue, and only Victim Support's users see
    // them.
    assertThat(monitoring.overdue(actors.byName("officer")))
        .extracting(MonitoringReturnView::awardPublicId)
        .contains("victim-support-2024-25");
    // Victim Support also reports for the Kent Advocacy and Support Service contract (demo).
    assertThat(monitoring.returns(actors.byName("provider")))
        .hasSize(8)
        .allMatch(r -> r.provider().equals("Victim Support"));
    assertThat(monitoring.returns(actors.byName("provider2")))
        .extracting(MonitoringReturnView::reference)
        .containsOnly("family-matters-2024-25");
  }

  @Test
  void theBoardMeasuresAndTemplatePagesAndABadAwardNamed() throws Exception {
    monitoring.issueFor("officer", "kent-crimestoppers-2024-25", null);
    var officer = user("officer").roles("OFFICER");
    String board = page("/monitoring", officer);
    assertThat(board)
        .contains("Kent Crimestoppers", "Overdue by", "2024/25 Q1 (April to June 2024)");
    assertThat(page("/monitoring", user("provider2").roles("PROVIDER")))
        .doesNotContain("Kent Crimestoppers");
    assertThat(page("/monitoring/measures", officer))
        .contains("Better able to cope and recover", "OUTCOMES_ASKED", "Latest quarter");
    assertThat(page("/monitoring/templates/victim-services", officer))
        .contains("Victim services quarterly return", "Crime types");
    var bad =
        mvc.perform(
                post("/monitoring/returns").with(officer).with(csrf()).param("award", "no-such"))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#award\"", "There is no award no-such");
    var forbidden =
        mvc.perform(
                post("/monitoring/returns")
                    .with(user("provider").roles("PROVIDER"))
                    .with(csrf())
                    .param("award", "victim-support-2024-25"))
            .andReturn()
            .getResponse();
    assertThat(forbidden.getStatus()).isEqualTo(403);
  }

  private String page(
      String path, org.springframework.test.web.servlet.request.RequestPostProcessor who)
      throws Exception {
    var r = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }
}
