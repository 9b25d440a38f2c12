package org.commissioninghub.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.NotFoundException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The county table of the 2024/25 strategic assessments is counted from the twelve district CSPs'
 * records and equals seeds/002 Appendix A; plan versions are read by date; a CSP lead records only
 * their own partnership's issues.
 */
@HubTest
class StrategicAssessmentsTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @Autowired Priorities priorities;
  @Autowired Actors actors;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theCountyTableIsTheSeedsCountedFromTheDistricts() throws Exception {
    StrategicAssessmentTable table = priorities.assessments(Y2024);
    assertThat(table.partnerships()).hasSize(12);
    assertThat(table.rows())
        .extracting(StrategicAssessmentTable.Row::count)
        .containsExactly(12, 12, 11, 11, 10, 9, 9, 8, 8, 7, 6, 5, 5, 2);
    assertThat(table.rows().get(0).issue())
        .isEqualTo("Anti-Social Behaviour (ASB) / Environmental");
    assertThat(table.rows().get(13).issue()).isEqualTo("Road Safety");
    assertThat(table.rows().get(13).namedBy()).hasSize(2);

    List<String> csv =
        text("/priorities/strategic-assessments.csv?year=2024/25", "officer", "OFFICER")
            .lines()
            .toList();
    assertThat(csv).hasSize(15);
    assertThat(csv.get(1)).startsWith("2024/25,Anti-Social Behaviour (ASB) / Environmental,12,12,");
    assertThat(csv.get(14)).startsWith("2024/25,Road Safety,2,12,");
    String page = text("/priorities/strategic-assessments?year=2024/25", "csp", "CSP_LEAD");
    assertThat(page)
        .contains("of the 12 that reported")
        .contains("12 of 12")
        .contains("2 of 12")
        .contains("115 of these records are illustrative");
  }

  @Test
  void theVersionInForceIsReadByDate() throws Exception {
    assertThat(
            priorities
                .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2024, 6, 1))
                .orElseThrow()
                .versionLabel())
        .isEqualTo("8.0");
    PlanView csa =
        priorities
            .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2025, 6, 1))
            .orElseThrow();
    assertThat(csa.versionLabel()).isEqualTo("9.0");
    assertThat(csa.items(ItemKind.PRIORITY)).hasSize(8);
    assertThat(csa.items(ItemKind.THEME)).hasSize(5);
    assertThat(csa.items(ItemKind.PRIORITY).get(7).lead())
        .isEqualTo("Chair of Safer Roads Partnership Tactical Coordination Group");
    assertThat(
            priorities
                .inForce(PlanKind.POLICE_AND_CRIME_PLAN, LocalDate.of(2024, 6, 1))
                .orElseThrow()
                .items(ItemKind.PRIORITY))
        .hasSize(7);
    assertThat(
            priorities
                .inForce(PlanKind.POLICE_AND_CRIME_PLAN, LocalDate.of(2025, 6, 1))
                .orElseThrow()
                .items(ItemKind.PRIORITY))
        .extracting(PlanView.Item::title)
        .containsExactly(
            "Protecting People",
            "Protecting Places",
            "Protecting Property",
            "Productive Partnerships");
    // The 2017-2023 versions, reconstructed from the agreement's history: in January 2020 version
    // 3.0 was in force, before Serious and Organised Crime became Serious Violence and Organised
    // Crime.
    PlanView in2020 =
        priorities
            .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2020, 1, 1))
            .orElseThrow();
    assertThat(in2020.versionLabel()).isEqualTo("3.0");
    assertThat(in2020.items(ItemKind.PRIORITY))
        .extracting(PlanView.Item::title)
        .contains("Serious and Organised Crime")
        .doesNotContain("Violence Against Women and Girls (VAWG)");
    assertThat(priorities.inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2016, 6, 1)))
        .isEmpty();
    // Versions 1.0 to 9.0 from the demo (another test may add a later one).
    assertThat(priorities.plans())
        .filteredOn(p -> p.kind() == PlanKind.COMMUNITY_SAFETY_AGREEMENT)
        .extracting(PlanView::versionLabel)
        .contains("1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0", "9.0");
    String page = text("/priorities", "officer", "OFFICER");
    assertThat(page).contains("Cut Crime", "Substance Misuse", "Response and Recovery");
  }

  @Test
  void aCspLeadRecordsOnlyTheirOwnAndBadInputChangesNothing() throws Exception {
    Map<String, List<String>> before = DatabaseSnapshot.of(jdbc);
    assertThatThrownBy(
            () ->
                priorities.recordAssessment(
                    actors.byName("csp"),
                    new AssessmentRequest(
                            "2024/25", "ashford-csp", "Fly-tipping", "PRIORITY", false)
                        .toCommand()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                priorities.recordAssessment(
                    actors.byName("officer"),
                    new AssessmentRequest("2024-25", "ashford-csp", " ", "SOMETIMES", false)
                        .toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("year")
        .hasMessageContaining("Enter the issue")
        .hasMessageContaining("SOMETIMES");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    var refused =
        mvc.perform(
                post("/priorities/strategic-assessments")
                    .param("year", "2024/25")
                    .param("csp", "kent-community-safety-partnership")
                    .param("issue", "Road Safety")
                    .param("namedAs", "BROADER_THEME")
                    .with(user("provider").roles("PROVIDER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
    var saved =
        mvc.perform(
                post("/priorities/strategic-assessments")
                    .param("year", "2024/25")
                    .param("csp", "kent-community-safety-partnership")
                    .param("issue", "Road Safety")
                    .param("namedAs", "BROADER_THEME")
                    .with(user("csp").roles("CSP_LEAD"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    StrategicAssessmentTable table = priorities.assessments(Y2024);
    assertThat(table.partnerships()).hasSize(13);
    assertThat(table.rows().stream().filter(r -> r.issue().equals("Road Safety")).findFirst())
        .get()
        .extracting(StrategicAssessmentTable.Row::count)
        .isEqualTo(3);
  }

  @Test
  void aNewVersionIsRecordedThroughTheApiAndTakesOverOnItsDate() throws Exception {
    String bad =
        """
        {"kind": "COMMUNITY_SAFETY_AGREEMENT", "title": "Kent Community Safety Agreement",
         "owner": "kent-community-safety-partnership", "versionLabel": "10.0",
         "effectiveFrom": "2030-04-01", "items": []}""";
    var refused =
        mvc.perform(
                post("/api/v1/priorities/plans")
                    .contentType("application/json")
                    .content(bad)
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("A plan needs at least one priority");
    String good =
        bad.replace(
            "\"items\": []",
            "\"items\": [{\"kind\": \"PRIORITY\", \"title\": \"Retail crime\"},"
                + " {\"kind\": \"LINKED_PLAN\", \"title\": \"National Retail Crime Action Plan\"}]");
    var created =
        mvc.perform(
                post("/api/v1/priorities/plans")
                    .contentType("application/json")
                    .content(good)
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(
            priorities
                .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2030, 6, 1))
                .orElseThrow()
                .versionLabel())
        .isEqualTo("10.0");
    assertThat(
            priorities
                .inForce(PlanKind.COMMUNITY_SAFETY_AGREEMENT, LocalDate.of(2025, 6, 1))
                .orElseThrow()
                .items(ItemKind.LINKED_PLAN))
        .hasSize(8);
    int csp =
        mvc.perform(
                post("/api/v1/priorities/plans")
                    .contentType("application/json")
                    .content(good)
                    .with(user("csp").roles("CSP_LEAD"))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(csp).isEqualTo(403);
  }

  private String text(String path, String username, String role) throws Exception {
    var response =
        mvc.perform(get(path).with(user(username).roles(role))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
