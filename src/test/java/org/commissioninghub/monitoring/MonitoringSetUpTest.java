package org.commissioninghub.monitoring;

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
import org.commissioninghub.monitoring.ReturnCommands.Receipt;
import org.commissioninghub.monitoring.ReturnCommands.ReceiptRequest;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Setting services up for monitoring: contracts as well as awards, a contract with no named
 * provider whose returns an officer records, return templates made from others with added measures,
 * measures added to the catalogue, and the return a programme's awards make by default.
 */
@HubTest
class MonitoringSetUpTest {

  private static final FinancialYear Y2025 = FinancialYear.parse("2025/26");

  @Autowired MonitoringReturns monitoring;
  @Autowired ReturnWorkflow workflow;
  @Autowired ReturnTemplates templates;
  @Autowired MonitoringAggregates aggregates;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired MockMvc mvc;

  @Test
  void aContractWithoutANamedProviderHasReturnsAnOfficerRecords() {
    List<MonitoringReturnView> issued =
        monitoring
            .issueForContract(
                "officer",
                "gangs-and-county-lines-interventions",
                Y2025,
                null,
                ServiceSpecialism.SERIOUS_VIOLENCE,
                false)
            .stream()
            .filter(r -> r.period().year().equals(Y2025))
            .toList();
    // The contract runs to 30 June 2025 and may be extended yearly: all four quarters are owed.
    assertThat(issued).hasSize(4).allMatch(r -> r.organisationId() == null);
    assertThat(issued.get(0).provider()).isEqualTo("Provider not named");
    MonitoringReturnView q1 = issued.get(0);
    Actor officer = actors.byName("officer");
    assertThat(monitoring.returns(actors.byName("provider"))).noneMatch(r -> r.id() == q1.id());
    workflow.save(
        officer,
        q1.id(),
        workflow.version(q1.id()),
        figures(q1.id(), Map.of("REFERRALS", "52", "SUPPORTED", "60", "OPEN_CASES", "20")));
    assertThatThrownBy(() -> workflow.certify(actors.byName("certifier"), q1.id()))
        .isInstanceOf(org.commissioninghub.shared.NotFoundException.class);
    assertThatThrownBy(() -> workflow.certify(officer, q1.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("No provider is recorded");
    var before = DatabaseSnapshot.of(jdbc);
    // The date and the note are checked as typed; the figures and the date against the return.
    assertThatThrownBy(() -> new ReceiptRequest("", "13", "2025", " ").toCommand())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("receivedOn", "note"));
    assertThatThrownBy(
            () ->
                workflow.recordReceived(
                    officer,
                    q1.id(),
                    figures(q1.id(), Map.of("REFERRALS", "52", "SUPPORTED", "90")),
                    new Receipt(workflow.today().plusDays(1), "Emailed")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("values.SUPPORTED", "receivedOn"));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    workflow.recordReceived(
        officer,
        q1.id(),
        figures(q1.id(), Map.of("REFERRALS", "52", "SUPPORTED", "60", "OPEN_CASES", "20")),
        new ReceiptRequest("30", "7", "2025", "Quarterly report emailed by the provider")
            .toCommand());
    MonitoringReturnView recorded = workflow.get(officer, q1.id());
    assertThat(recorded.status()).isEqualTo(ReturnStatus.ACCEPTED);
    assertThat(recorded.recordedNote()).isEqualTo("Quarterly report emailed by the provider");
    // Not a victim service: it counts in all services, not in the victim-services totals.
    YearAggregates year = aggregates.of(Y2025);
    assertThat(year.allServices().value("SUPPORTED")).isEqualTo(60);
    assertThat(year.allVictimServices().value("SUPPORTED")).isNull();
  }

  private ReturnCommands.Figures figures(long id, Map<String, String> typed) {
    return new ReturnCommands.FiguresRequest(typed, null).toCommand(workflow.templateOf(id));
  }

  @Test
  void theIssueFormNamesWhatIsWrongAndChangesNothing() throws Exception {
    var officer = user("officer").roles("OFFICER");
    var before = DatabaseSnapshot.of(jdbc);
    String neither = issue(officer, "", "", "", "");
    assertThat(neither)
        .contains("Enter either an award&#39;s id or a contract&#39;s id, not neither");
    String lots = issue(officer, "", "young-peoples-prevention-service", "2024/25", "");
    assertThat(lots).contains("is let in lots to 2 suppliers");
    String noYear = issue(officer, "", "appropriate-adult-service", "next year", "OTHER");
    assertThat(noYear).contains("Enter the financial year of the contract&#39;s returns");
    String badSpecialism = issue(officer, "kooth-2024-25", "", "", "ASTROLOGY");
    assertThat(badSpecialism).contains("Choose what the service specialises in");
    String outside = issue(officer, "", "family-welfare-service", "2026/27", "OTHER");
    assertThat(outside).contains("does not run in 2026/27");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aProgrammesAwardsMakeItsChosenReturnWithTheAddedMeasures() {
    var before = DatabaseSnapshot.of(jdbc);
    // The shape is checked as typed, every field named; then what needs the catalogue.
    assertThatThrownBy(() -> new TemplateRequest(" ", " ", List.of("NOPE")).toCommand())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("name", "basedOn"));
    assertThatThrownBy(
            () ->
                templates.create(
                    "officer",
                    new TemplateRequest("A return", "no-such", List.of("NOPE")).toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("basedOn", "addedMeasures"));
    assertThatThrownBy(
            () ->
                new MeasureRequest("bad code!", "", "", "LITRES", "MEDIAN", "", "NOPE").toCommand())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("code", "label", "section", "unit", "aggregation", "kind"));
    assertThatThrownBy(
            () ->
                templates.defineMeasure(
                    "officer",
                    new MeasureRequest(
                            "referrals", "Referrals", "Referrals", "COUNT", "SUM", "OUTPUT", "NOPE")
                        .toCommand()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("code", "denominator"));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    MetricDefinition films =
        templates.defineMeasure(
            "officer",
            new MeasureRequest(
                    "films_shown",
                    "Safety films watched with a support worker",
                    "Hate crime",
                    "SESSIONS",
                    "SUM",
                    "OUTPUT",
                    "")
                .toCommand());
    assertThat(films.code()).isEqualTo("FILMS_SHOWN");
    ReturnTemplate hate =
        templates.create(
            "officer",
            new TemplateCommand(
                "Hate crime service return",
                "victim-services",
                List.of("FILMS_SHOWN", "REFERRALS")));
    assertThat(hate.code()).isEqualTo("hate-crime-service-return");
    ReturnTemplate standard = monitoring.template("victim-services");
    // The standard return's measures, once each, then the added one.
    assertThat(hate.metrics()).hasSize(standard.metrics().size() + 1);
    assertThat(hate.metrics().get(hate.metrics().size() - 1).code()).isEqualTo("FILMS_SHOWN");

    // A programme of this test's own, so that no other test has issued its awards' returns yet.
    String programme = Fixtures.unique("Hate crime grants");
    String award = fixtures.anAward().inProgramme(programme).persist().publicId();
    templates.chooseForProgramme("officer", ProgrammeTemplateChoice.of(programme, hate.code()));
    assertThat(monitoring.issueFor("officer", award, null))
        .isNotEmpty()
        .allMatch(r -> r.templateCode().equals("hate-crime-service-return"));
    // An explicit choice still wins, and a service keeps its return when re-issued without one.
    assertThat(monitoring.issueFor("officer", "kcjb-manager-2024-25", "victim-services"))
        .allMatch(r -> r.templateCode().equals("victim-services"));
    assertThat(monitoring.issueFor("officer", award, ""))
        .isNotEmpty()
        .allMatch(r -> r.templateCode().equals("hate-crime-service-return"));
  }

  @Test
  void theTemplatesPageAndAggregatesNeedStaff() throws Exception {
    var officer = user("officer").roles("OFFICER");
    String page =
        mvc.perform(get("/monitoring/templates").with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Returns and measures", "Victim advocacy return with distance travelled");
    assertThat(
            mvc.perform(
                    get("/monitoring/aggregates.csv?year=2024/25")
                        .with(user("provider").roles("PROVIDER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/monitoring/aggregates.csv?year=twenty").with(officer))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(400);
  }

  private String issue(
      org.springframework.test.web.servlet.request.RequestPostProcessor who,
      String award,
      String contract,
      String year,
      String specialism)
      throws Exception {
    var response =
        mvc.perform(
                post("/monitoring/returns")
                    .with(who)
                    .with(csrf())
                    .param("award", award)
                    .param("contract", contract)
                    .param("year", year)
                    .param("template", "")
                    .param("specialism", specialism)
                    .param("victimService", "true"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
