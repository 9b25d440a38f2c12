package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contract lifecycle pages and API through HTTP, on the demo data: the seeds' extension
 * history, who may record and who may only read.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:contractpages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
@AutoConfigureMockMvc
class ContractLifecyclePagesTest {

  private static final String ISVA = "isva-and-sv-support-service";

  @Autowired MockMvc mvc;
  @Autowired Contracts contracts;
  @Autowired ContractLifecycle lifecycle;
  @Autowired Clock clock;

  private static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
  private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
  private static final RequestPostProcessor FINANCE = user("finance").roles("FINANCE");
  private static final RequestPostProcessor APPROVER = user("approver").roles("APPROVER");
  private static final RequestPostProcessor PROVIDER = user("provider").roles("PROVIDER");

  private MockHttpServletResponse send(
      MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
    return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
  }

  private String page(String path, RequestPostProcessor who, int status) throws Exception {
    MockHttpServletResponse r = send(get(path), who);
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getStatus()).as(path + "\n" + body).isEqualTo(status);
    return body;
  }

  @Test
  void theDemoIsvaContractRunsTo31March2026AfterThreeExtensionsAndOneException() {
    List<ExtensionDecision> decisions = lifecycle.extensions(ISVA);
    assertThat(decisions).hasSize(4);
    assertThat(decisions)
        .extracting(ExtensionDecision::newEnd)
        .containsExactly(
            LocalDate.of(2023, 3, 31),
            LocalDate.of(2024, 3, 31),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2026, 3, 31));
    assertThat(decisions)
        .extracting(ExtensionDecision::exception)
        .containsExactly(false, false, false, true);
    assertThat(decisions.get(3).approval()).isEqualTo(ExceptionApproval.APPROVED);
    assertThat(decisions.get(3).approvedBy()).isNotEqualTo(decisions.get(3).decidedBy());
    assertThat(decisions.get(3).exceptionReasons()).contains("funding uncertainty");
    ContractTerm term = lifecycle.term(ISVA);
    assertThat(term.currentEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(term.optionsUsed()).isEqualTo(3);
    assertThat(term.exceptions()).isEqualTo(1);
    assertThat(term.latestPossibleEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(contracts.get(ISVA).recommissioningStage())
        .isEqualTo(RecommissioningStage.PREPARATION);
    assertThat(contracts.get(ISVA).procurementRoute()).isEqualTo(ProcurementRoute.OPEN_TENDER);

    ContractTerm aa = lifecycle.term("appropriate-adult-service");
    assertThat(aa.currentEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(aa.optionsLeft()).isZero();
    ContractTerm kass = lifecycle.term("kent-advocacy-and-support-service");
    assertThat(kass.currentEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(kass.latestPossibleEnd()).isEqualTo(LocalDate.of(2030, 3, 31));
    assertThat(kass.nextDecisionDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void anOfficerCanRecordAndReadersOnlyRead() throws Exception {
    String officerView = page("/contracts/" + ISVA, OFFICER, 200);
    assertThat(officerView)
        .contains("Record an extension decision", "Record a variation", "Record stage")
        .contains("31 March 2026", "Exception", "Approved by approver")
        .contains("All three yearly extension options were used")
        .contains("Open tender", "Started: needs analysis and business case");
    for (RequestPostProcessor reader : List.of(AUDITOR, FINANCE)) {
      String view = page("/contracts/" + ISVA, reader, 200);
      assertThat(view)
          .contains("31 March 2026", "Exception")
          .doesNotContain("Record an extension decision", "Record stage");
      page("/contracts/" + ISVA + "/extensions/new", reader, 403);
      MockHttpServletResponse posted =
          send(
              post("/contracts/kent-advocacy-and-support-service/variations")
                  .param("version", "0")
                  .param("field", "SCOPE")
                  .param("newValue", "x")
                  .param("reason", "y")
                  .param("effectiveDate", "2025-04-01"),
              reader);
      assertThat(posted.getStatus()).isEqualTo(403);
      page("/contracts/recommissioning", reader, 200);
    }
    page("/contracts/" + ISVA, PROVIDER, 403);
    page("/contracts/recommissioning", PROVIDER, 403);
    page("/api/v1/contracts/" + ISVA + "/extensions", PROVIDER, 403);
    page("/contracts/" + ISVA + "/extensions/new", OFFICER, 200);
    // A contract with no dates at all still shows, with nothing to plan from.
    assertThat(page("/contracts/family-welfare-service", AUDITOR, 200))
        .contains("There is no end date to plan re-commissioning from");
    assertThat(page("/contracts/kent-advocacy-and-support-service/edit", OFFICER, 200))
        .contains("Procurement route", "Notice for extension decisions");
  }

  @Test
  void aRefusedFormShowsTheProblemsAndAVariationShowsInTheHistory() throws Exception {
    String id = "kent-rj-and-mediation-service";
    int version = contracts.get(id).version();
    MockHttpServletResponse refused =
        send(
            post("/contracts/" + id + "/extensions")
                .param("version", String.valueOf(version))
                .param("outcome", "EXTEND"),
            OFFICER);
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("There is a problem", "Enter the evidence on the provider")
        .contains("href=\"#performance\"");
    assertThat(lifecycle.extensions(id)).isEmpty();
    assertThat(contracts.get(id).version()).isEqualTo(version);

    MockHttpServletResponse varied =
        send(
            post("/contracts/" + id + "/variations")
                .param("version", String.valueOf(version))
                .param("field", "TOTAL_VALUE")
                .param("newValue", "1,200,000.00")
                .param("reason", "APVC element added")
                .param("effectiveDate", "1/4/2025"),
            OFFICER);
    assertThat(varied.getStatus()).isEqualTo(302);
    assertThat(page("/contracts/" + id, AUDITOR, 200))
        .contains("APVC element added", "Not stated", "£1,200,000.00", "1 April 2025");
    String json = page("/api/v1/contracts/" + id + "/variations", FINANCE, 200);
    assertThat(json).contains("\"reason\":\"APVC element added\"", "\"madeBy\":\"officer\"");
  }

  @Test
  void anExceptionRecordedByAnOfficerIsApprovedByAnApprover() throws Exception {
    LocalDate today = LocalDate.now(clock);
    String id =
        contracts
            .create(
                new ContractRequest(
                        null,
                        "Pilot helpline",
                        "A pilot",
                        null,
                        null,
                        today.minusMonths(10).withDayOfMonth(1).toString(),
                        null,
                        today.plusMonths(3).withDayOfMonth(1).minusDays(1).toString(),
                        null,
                        "0",
                        null,
                        null,
                        null,
                        "ACTIVE",
                        null,
                        null,
                        List.of())
                    .toCommand())
            .publicId();
    String body =
        """
        {"outcome":"EXTEND","months":"6","performance":"Good","quality":"Good",
         "funding":"Confirmed","exception":true,"exceptionReasons":"New service not ready"}""";
    MockHttpServletResponse created =
        send(
            post("/api/v1/contracts/" + id + "/extensions")
                .param("version", String.valueOf(contracts.get(id).version()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body),
            OFFICER);
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    assertThat(created.getContentAsString()).contains("\"approval\":\"AWAITING\"");
    assertThat(page("/contracts/" + id, APPROVER, 200)).contains("Approve exception");
    assertThat(page("/contracts/" + id, OFFICER, 200)).doesNotContain("Approve exception");

    assertThat(
            send(
                    post("/contracts/" + id + "/extensions/1/approval").param("answer", "approve"),
                    OFFICER)
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(
                    post("/contracts/" + id + "/extensions/1/approval").param("answer", "approve"),
                    APPROVER)
                .getStatus())
        .isEqualTo(302);
    assertThat(lifecycle.extensions(id).get(0).approval()).isEqualTo(ExceptionApproval.APPROVED);
    assertThat(lifecycle.term(id).currentEnd())
        .isEqualTo(ContractTerm.extend(today.plusMonths(3).withDayOfMonth(1).minusDays(1), 6));

    String refused = page("/api/v1/contracts/" + id + "/extensions", AUDITOR, 200);
    assertThat(refused).contains("\"exceptions\":1", "\"approvedBy\":\"approver\"");
  }

  @Test
  void theApiRefusesBadInputWith422AndAStaleVersionWith409() throws Exception {
    String id = "young-peoples-prevention-service";
    int version = contracts.get(id).version();
    MockHttpServletResponse bad =
        send(
            post("/api/v1/contracts/" + id + "/variations")
                .param("version", String.valueOf(version))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"field\":\"ANNUAL_VALUE\",\"newValue\":\"lots\"}"),
            OFFICER);
    assertThat(bad.getStatus()).isEqualTo(422);
    assertThat(bad.getContentAsString()).contains("reason", "effectiveDate");
    MockHttpServletResponse stale =
        send(
            post("/api/v1/contracts/" + id + "/variations")
                .param("version", String.valueOf(version + 5))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"field\":\"SCOPE\",\"newValue\":\"Ages 9 to 16\",\"reason\":\"Wider\","
                        + "\"effectiveDate\":\"2025-04-01\"}"),
            OFFICER);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(lifecycle.variations(id)).isEmpty();
    assertThat(contracts.get(id).version()).isEqualTo(version);
    MockHttpServletResponse auditor =
        send(
            post("/api/v1/contracts/" + id + "/extensions")
                .param("version", String.valueOf(version))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"),
            AUDITOR);
    assertThat(auditor.getStatus()).isEqualTo(403);
  }

  @Test
  void theBoardListsActiveContractsWithOverdueItemsInRedAndDownloadsAsCsv() throws Exception {
    String board = page("/contracts/recommissioning", AUDITOR, 200);
    assertThat(board)
        .contains("ISVA and Sexual Violence Support Service", "Kent Advocacy and Support Service")
        .doesNotContain("Family Welfare Service")
        .contains("govuk-tag--red");
    MockHttpServletResponse csv = send(get("/contracts/recommissioning.csv"), FINANCE);
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).startsWith("text/csv");
    String text = csv.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("contract,title,status,current_end,latest_possible_end");
    assertThat(text)
        .contains(ISVA + ",")
        .contains("2026-03-31")
        .doesNotContain("family-welfare-service");
    String json = page("/api/v1/contracts/recommissioning", AUDITOR, 200);
    assertThat(json)
        .contains("\"contract\":\"" + ISVA + "\"", "\"latestPossibleEnd\":\"2026-03-31\"");
    List<RecommissioningRow> rows = lifecycle.board();
    for (int i = 1; i < rows.size(); i++) {
      assertThat(!rows.get(i - 1).isOverdue() && rows.get(i).isOverdue())
          .as("overdue rows come first")
          .isFalse();
    }
  }
}
