package org.commissioninghub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.funding.StreamTermsRequest;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The funding cliff edge on the Kent demo: the additional streams ceasing on 31 March 2026. */
@HubTest
class CliffEdgeTest {

  @Autowired CliffEdgeQuery cliffEdges;
  @Autowired FundingStreams streams;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void theFourAdditionalStreamsCeaseOn31March2026WithTheServicesTheyFund() {
    CliffEdge edge = cliffEdges.on(LocalDate.of(2026, 3, 31));
    Map<String, String> received =
        edge.lines().stream()
            .collect(Collectors.toMap(CliffEdge.FundingLine::name, l -> l.received().plain()));
    assertThat(received)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Domestic abuse and sexual violence victim support services", "1837213.31",
                "Safer Streets projects in Folkestone, Sittingbourne and Sheerness and Medway",
                    "341398.00",
                "Domestic abuse and stalking perpetrator interventions", "829195.00",
                "Local Integration of Women's Services", "63593.00"));
    // The report's £3,071,399 is the four lines in whole pounds.
    assertThat(edge.totalReceived().pence() / 100).isEqualTo(3_071_399);

    // Every award line on a ceasing stream is listed once, with its organisation and amount.
    long lines =
        jdbc.sql(
                "SELECT COUNT(*) FROM award_line l JOIN funding_stream s ON s.id = l.stream_id"
                    + " WHERE s.ceases_on <= DATE '2026-03-31'")
            .query(Long.class)
            .single();
    long onEdge = edge.lines().stream().mapToLong(l -> l.dependants().size()).sum();
    assertThat(onEdge).isEqualTo(lines).isPositive();
    CliffEdge.FundingLine dasv =
        edge.lines().stream()
            .filter(l -> l.name().startsWith("Domestic abuse and sexual"))
            .findFirst()
            .orElseThrow();
    assertThat(dasv.streams()).hasSize(5);
    assertThat(dasv.dependants())
        .filteredOn(d -> d.organisationName().equals("SATEDA"))
        .extracting(d -> d.amount().plain())
        .containsExactlyInAnyOrder("63737.90", "21106.92", "55797.30");
    // What is awarded from the lines is what is at risk, year by year.
    Money awarded =
        Money.ofPence(
            jdbc.sql(
                    "SELECT SUM(l.amount_pence) FROM award_line l JOIN funding_stream s ON s.id ="
                        + " l.stream_id WHERE s.ceases_on <= DATE '2026-03-31'")
                .query(Long.class)
                .single());
    assertThat(edge.totalAtRisk()).isEqualTo(awarded);
    assertThat(dasv.atRiskByYear())
        .containsOnlyKeys(org.commissioninghub.shared.FinancialYear.parse("2024/25"));

    // The day before, nothing has ceased yet.
    assertThat(cliffEdges.on(LocalDate.of(2026, 3, 30)).lines()).isEmpty();
  }

  @Test
  void thePageAndTheCsvShowTheSameFiguresAndABadDateIsNamed() throws Exception {
    var officer = user("officer").roles("OFFICER");
    String page =
        mvc.perform(get("/funding/cliff-edge").param("date", "2026-03-31").with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains(
            "£1,837,213.31",
            "£341,398.00",
            "£829,195.00",
            "£63,593.00",
            "SATEDA",
            "cliff-edge-chart");
    String csv =
        mvc.perform(get("/funding/cliff-edge.csv").param("date", "2026-03-31").with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<String> rows = csv.lines().toList();
    assertThat(rows.get(0)).startsWith("Funding line,Stream,Funding ceases");
    CliffEdge edge = cliffEdges.on(LocalDate.of(2026, 3, 31));
    assertThat(rows.get(rows.size() - 1)).endsWith("," + edge.totalAtRisk().plain());
    assertThat(rows).anyMatch(r -> r.contains("SATEDA") && r.endsWith(",63737.90"));

    String refused =
        mvc.perform(get("/funding/cliff-edge").param("date", "31/2/2026").with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused).contains("href=\"#date\"", "is not a real date");
    assertThat(
            mvc.perform(get("/funding/cliff-edge").with(user("provider").roles("PROVIDER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(403, 404);
  }

  @Test
  void anOfficerSetsWhenAStreamCeasesAndItJoinsTheCliffEdge() throws Exception {
    var officer = user("officer").roles("OFFICER");
    var bad =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/funding/streams/moj-victim-services-grant-2019-20/terms")
                    .with(officer)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("ceasesOn", "2019-02-30")
                    .param("unspent", "RETURN"))
            .andReturn()
            .getResponse();
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
        .contains("href=\"#ceasesOn\"", "is not a real date");
    assertThat(streams.terms("moj-victim-services-grant-2019-20").ceasesOn()).isNull();
    var saved =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/funding/streams/moj-victim-services-grant-2019-20/terms")
                    .with(officer)
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.csrf())
                    .param("ceasesOn", "2020-03-31")
                    .param("reportedAs", "MoJ victims grant")
                    .param("unspent", "RETURN"))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    CliffEdge edge = cliffEdges.on(LocalDate.of(2020, 3, 31));
    assertThat(edge.lines())
        .extracting(CliffEdge.FundingLine::name)
        .containsExactly("MoJ victims grant");
    // The 2019/20 MoJ lines (£2,216,392, more than the £2,116,000 received) are all at risk.
    assertThat(edge.totalAtRisk().plain()).isEqualTo("2216392.00");
    // Put back, so the other tests see the demo's cliff edge.
    streams.recordTerms(
        "moj-victim-services-grant-2019-20",
        new StreamTermsRequest(null, null, true, false).toCommand());
  }

  @Test
  void streamTermsThatContradictThemselvesAreRefusedAndChangeNothing() {
    var before = streams.terms("home-office-dapif-2024-25");
    assertThatThrownBy(
            () ->
                streams.recordTerms(
                    "home-office-dapif-2024-25",
                    new StreamTermsRequest("2020-01-01", "DAPIF", true, true).toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactlyInAnyOrder("ceasesOn", "unspentReturned"));
    assertThat(streams.terms("home-office-dapif-2024-25")).isEqualTo(before);
  }
}
