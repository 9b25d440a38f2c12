package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.assessment.Assessments;
import org.commissioninghub.awards.AwardLineRequest;
import org.commissioninghub.awards.AwardRequest;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.contracts.ContractLifecycle;
import org.commissioninghub.decisions.ChainView;
import org.commissioninghub.decisions.ContinuationCommand;
import org.commissioninghub.decisions.Continuations;
import org.commissioninghub.decisions.Decisions;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.organisations.OrganisationView;
import org.commissioninghub.organisations.Organisations;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.RunCommand;
import org.commissioninghub.payments.ScheduleRequest;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's payments, contracts and decisions work: each role sees the counts of the records
 * waiting for them (counted here independently of the features' own queries), linking to a page
 * they may open, and a provider sees only their own organisation's offers.
 */
@HubTest
class HomeWorkMoneyTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ContractLifecycle lifecycle;
  @Autowired Decisions decisions;
  @Autowired Continuations continuations;
  @Autowired Assessments assessments;
  @Autowired Fixtures fixtures;
  @Autowired Awards awards;
  @Autowired Payments payments;
  @Autowired Organisations organisations;
  @Autowired Actors actors;

  @Test
  void financeSeesRunsOthersPutTogetherAndHeldPayments() throws Exception {
    // A run put together by finance2, so that one waits for finance's approval whatever the demo.
    FundingStreamView stream = fixtures.stream("2024/25", "1,000,000.00", false);
    AwardView award =
        fixtures.award(fixtures.organisation(Fixtures.unique("Payee")), stream, "1,000.00");
    List<ScheduledPaymentView> scheduled =
        payments.schedule(
            actors.byName("finance2"),
            new ScheduleRequest(
                    "AWARD",
                    award.publicId(),
                    "QUARTERLY_IN_ARREARS",
                    null,
                    "2024/25",
                    "EXPENDITURE",
                    null,
                    null,
                    null)
                .toCommand());
    payments.createRun(
        actors.byName("finance2"),
        new RunCommand(LocalDate.now(clock), null, List.of(scheduled.get(0).id())));
    int runs =
        count(
            "SELECT COUNT(*) FROM payment_run WHERE status = 'AWAITING_APPROVAL'"
                + " AND created_by <> 'finance'");
    int held = count("SELECT COUNT(*) FROM scheduled_payment WHERE status = 'HELD'");
    assertThat(runs).isPositive();
    String home = home("finance");
    assertShows(
        home,
        runs,
        "payment run waiting for your approval",
        "payment runs waiting for your approval",
        "/payment-runs");
    assertShows(
        home,
        held,
        "held payment to review",
        "held payments to review",
        "/payments/schedules?status=HELD");
    assertOpens("finance", "/payment-runs");
    assertOpens("finance", "/payments/schedules?status=HELD");
    // A run's creator never sees it as waiting for their approval.
    int runsForFinance2 =
        count(
            "SELECT COUNT(*) FROM payment_run WHERE status = 'AWAITING_APPROVAL'"
                + " AND created_by <> 'finance2'");
    assertShows(
        home("finance2"),
        runsForFinance2,
        "payment run waiting for your approval",
        "payment runs waiting for your approval",
        "/payment-runs");
    assertThat(home("provider")).doesNotContain("held payment");
  }

  @Test
  void officerSeesExtensionDecisionsFallingDueAndContinuationsToOffer() throws Exception {
    LocalDate today = LocalDate.now(clock);
    FinancialYear thisYear = FinancialYear.containing(today);
    FundingStreamView stream = fixtures.stream(thisYear.label(), "1,000,000.00", false);
    OrganisationView org = fixtures.organisation(Fixtures.unique("Grantee"));
    awards.create(
        new AwardRequest(
                null,
                org.publicId(),
                "GRANT",
                Fixtures.unique("Service"),
                "A service",
                null,
                "APPROVED",
                null,
                thisYear.start().toString(),
                thisYear.end().toString(),
                null,
                List.of(Fixtures.line(stream, "500.00")))
            .toCommand());
    List<LocalDate> deadlines =
        lifecycle.board().stream()
            .map(r -> r.term().nextDecisionDeadline())
            .filter(d -> d != null && !d.isAfter(today.plusMonths(3)))
            .toList();
    FinancialYear year = FinancialYear.containing(today).next();
    int candidates =
        (int) continuations.candidates(year).stream().filter(c -> c.continuation() == null).count();
    String home = home("officer");
    assertShows(
        home,
        deadlines.size(),
        "contract extension decision falling due",
        "contract extension decisions falling due",
        "/contracts/recommissioning");
    assertShows(
        home,
        candidates,
        "grant from last year with no continuation decided for " + year.label(),
        "grants from last year with no continuation decided for " + year.label(),
        "/continuations");
    assertOpens("officer", "/contracts/recommissioning");
    assertOpens("officer", "/continuations");
    assertThat(home("finance")).doesNotContain("extension decision");
  }

  @Test
  void approverSeesApplicationsWaitingAtTheirStep() throws Exception {
    List<String> eligible =
        jdbc.sql("SELECT reference FROM application WHERE status = 'ELIGIBLE'")
            .query(String.class)
            .list();
    int waiting = 0;
    for (String reference : eligible) {
      ChainView chain = decisions.chain(reference);
      boolean atApproverStep =
          chain.next().stream()
              .anyMatch(
                  s ->
                      s.step().role().equals("APPROVER")
                          && chain.history().stream()
                              .noneMatch(
                                  d ->
                                      d.decidedBy().equals("approver")
                                          && d.stepId() != s.step().id()));
      if (atApproverStep
          && assessments.notReadyForDecision(reference) == null
          && !assessments.declaredConflict("approver", reference)) {
        waiting++;
      }
    }
    String home = home("approver");
    assertShows(
        home,
        waiting,
        "application waiting for your decision",
        "applications waiting for your decision",
        "/applications");
    assertOpens("approver", "/applications");
  }

  @Test
  void providerSeesOnlyTheirOwnOffersWaitingForAnAnswer() throws Exception {
    // A continuation offered to provider's organisation only, so the two providers' counts differ.
    OrganisationView own = organisations.get(new OwnedRecords(jdbc).organisationOf("provider"));
    AwardView last =
        fixtures.award(own, fixtures.stream("2024/25", "1,000,000.00", false), "1,000.00");
    FundingStreamView next = fixtures.stream("2025/26", "1,000,000.00", false);
    continuations.offer(
        actors.byName("officer"),
        new ContinuationCommand(
                last.publicId(),
                "2025/26",
                null,
                List.of(new AwardLineRequest(next.publicId(), "2025/26", null, "1,000.00", null)),
                "Quarterly returns met every target",
                "All grant conditions were kept",
                "provider@example.org",
                null,
                null,
                null)
            .toCommand());
    int[] continuedByProvider = new int[2];
    int i = 0;
    for (String provider : List.of("provider", "provider2")) {
      long org = new OwnedRecords(jdbc).organisationOf(provider);
      int offers =
          jdbc.sql(
                  "SELECT COUNT(*) FROM offer o JOIN application a ON a.id = o.application_id"
                      + " WHERE o.responded_at IS NULL AND a.organisation_id = ?")
              .param(org)
              .query(Integer.class)
              .single();
      int continued =
          jdbc.sql(
                  "SELECT COUNT(*) FROM continuation WHERE responded_at IS NULL"
                      + " AND organisation_id = ?")
              .param(org)
              .query(Integer.class)
              .single();
      continuedByProvider[i++] = continued;
      String home = home(provider);
      assertShows(
          home,
          offers,
          "grant offer waiting for your answer",
          "grant offers waiting for your answer",
          "/applications");
      assertShows(
          home,
          continued,
          "continuation offer waiting for your answer",
          "continuation offers waiting for your answer",
          "/continuations");
      assertOpens(provider, "/applications");
      assertOpens(provider, "/continuations");
    }
    assertThat(continuedByProvider[0]).isGreaterThan(continuedByProvider[1]);
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private String home(String username) throws Exception {
    var response =
        mvc.perform(get("/").with(httpBasic(username, "demo"))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  /** The count and label shown with their link, or the work absent when nothing waits. */
  private static void assertShows(String home, int count, String one, String many, String href) {
    String label = count == 1 ? one : many;
    if (count == 0) {
      assertThat(home).doesNotContain(">" + one + "<").doesNotContain(">" + many + "<");
      return;
    }
    assertThat(home)
        .contains("<span>" + count + "</span> <span>" + label + "</span>")
        .contains("href=\"" + href.replace("&", "&amp;") + "\"");
  }

  private void assertOpens(String username, String href) throws Exception {
    assertThat(
            mvc.perform(get(href).with(httpBasic(username, "demo")))
                .andReturn()
                .getResponse()
                .getStatus())
        .as(username + " opens " + href)
        .isEqualTo(200);
  }
}
