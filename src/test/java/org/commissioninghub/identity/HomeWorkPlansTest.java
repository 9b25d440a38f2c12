package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The home page's work from the Crime Reduction Grant, the community safety action plans and the
 * audit trail: each count computed here from the tables, each link opened by the same user.
 */
@HubTest
class HomeWorkPlansTest {

  private static final String CRG_DRAFTS =
      "Crime Reduction Grant business cases in draft, not yet submitted";
  private static final String CRG_DRAFT =
      "Crime Reduction Grant business case in draft, not yet submitted";
  private static final String CRG_UNDECIDED =
      "Crime Reduction Grant business cases submitted and waiting for a decision";
  private static final String CRG_UNDECIDED_ONE =
      "Crime Reduction Grant business case submitted and waiting for a decision";
  private static final String ACTIONS =
      "community safety actions not completed and due soon or past due";
  private static final String ACTION =
      "community safety action not completed and due soon or past due";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aCspLeadSeesTheirOwnDraftBusinessCasesAndAProviderDoesNot() throws Exception {
    long csp = new OwnedRecords(jdbc).organisationOf("csp");
    int mine = crgCases(csp, "'DRAFT'");
    String home = text(home("csp"));
    if (mine > 0) {
      assertThat(home).contains(mine + " " + (mine == 1 ? CRG_DRAFT : CRG_DRAFTS));
      assertThat(status("csp", href(home("csp"), mine == 1 ? CRG_DRAFT : CRG_DRAFTS)))
          .isEqualTo(200);
    } else {
      assertThat(home).doesNotContain(CRG_DRAFT).doesNotContain(CRG_DRAFTS);
    }
    assertThat(text(home("provider"))).doesNotContain("Crime Reduction Grant business case");
  }

  @Test
  void anOfficerSeesTheBusinessCasesWaitingForADecision() throws Exception {
    int undecided = crgCases(null, "'SUBMITTED', 'ELIGIBLE'");
    String home = text(home("officer"));
    if (undecided > 0) {
      String label = undecided == 1 ? CRG_UNDECIDED_ONE : CRG_UNDECIDED;
      assertThat(home).contains(undecided + " " + label);
      assertThat(status("officer", href(home("officer"), label))).isEqualTo(200);
    } else {
      assertThat(home).doesNotContain(CRG_UNDECIDED).doesNotContain(CRG_UNDECIDED_ONE);
    }
    assertThat(text(home("csp"))).doesNotContain("waiting for a decision");
  }

  @Test
  void aCspLeadSeesTheirPartnershipsActionsDueSoonOrPast() throws Exception {
    LocalDate today = LocalDate.now(clock);
    long csp = new OwnedRecords(jdbc).organisationOf("csp");
    long other = new OwnedRecords(jdbc).organisationOf("provider");
    addAction(csp, today.minusDays(3));
    addAction(csp, today.plusDays(400));
    addAction(other, today.minusDays(10));
    int mine = actionsDue(csp, today);
    int theirs = actionsDue(other, today);
    String body = home("csp");
    if (mine > 0) {
      String label = mine == 1 ? ACTION : ACTIONS;
      assertThat(text(body)).contains(mine + " " + label);
      assertThat(status("csp", href(body, label))).isEqualTo(200);
    } else {
      assertThat(text(body)).doesNotContain(ACTION).doesNotContain(ACTIONS);
    }
    assertThat(mine).as("the action just added, overdue").isPositive();
    assertThat(body).contains("Overdue");
    assertThat(theirs).as("another organisation's action, not counted for the CSP").isPositive();
    assertThat(text(home("provider"))).doesNotContain("community safety action");
    assertThat(text(home("officer"))).doesNotContain("community safety action");
  }

  @Test
  void anAuditorIsAskedToVerifyTheTrailWhenNoVerificationIsRecordedThisWeek() throws Exception {
    LocalDate today = LocalDate.now(clock);
    OffsetDateTime last =
        jdbc
            .sql("SELECT MAX(occurred_at) FROM audit_event WHERE action = 'audit.verified'")
            .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
            .list()
            .stream()
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    boolean waits =
        last == null
            || !last.atZoneSameInstant(ZoneId.of("Europe/London"))
                .toLocalDate()
                .plusDays(7)
                .isAfter(today);
    String body = home("auditor");
    if (waits) {
      assertThat(text(body)).containsPattern("1 audit trail verification to run");
      assertThat(href(body, "audit trail verification to run")).isEqualTo("/audit/verify");
    }
    assertThat(status("auditor", "/audit/verify")).isEqualTo(200);
    // A verification that found the trail intact is recorded, so nothing waits after it.
    assertThat(text(home("auditor"))).doesNotContain("audit trail verification to run");
    assertThat(text(home("officer"))).doesNotContain("audit trail verification");
  }

  private int crgCases(Long csp, String statuses) {
    String sql =
        "SELECT COUNT(*) FROM application ap JOIN crime_reduction_allocation a"
            + " ON ap.round_id IN (a.upfront_round_id, a.tactical_round_id)"
            + " WHERE a.closed_at IS NULL AND ap.status IN ("
            + statuses
            + ")"
            + (csp == null ? "" : " AND a.csp_id = " + csp);
    int n = jdbc.sql(sql).query(Integer.class).single();
    return n;
  }

  /** An action (in a year no figures test reads) for this organisation, with a unique title. */
  private void addAction(long partnership, LocalDate target) {
    long plan = jdbc.sql("SELECT MIN(plan_id) FROM csa_action").query(Long.class).single();
    jdbc.sql(
            "INSERT INTO csa_action (plan_id, partnership_id, priority, financial_year, title,"
                + " target_date, status, recorded_by, recorded_at)"
                + " VALUES (?, ?, 'Home page work', 2090, ?, ?, 'IN_PROGRESS', 'test', ?)")
        .params(
            plan,
            partnership,
            org.commissioninghub.support.Fixtures.unique("Action due"),
            target,
            OffsetDateTime.now(clock))
        .update();
  }

  private int actionsDue(long partnership, LocalDate today) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM csa_action a WHERE a.partnership_id = ? AND a.status <> 'COMPLETE'"
                + " AND a.target_date <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM csa_action c WHERE c.carried_from_id = a.id)")
        .params(partnership, today.plusDays(30))
        .query(Integer.class)
        .single();
  }

  private String home(String user) throws Exception {
    return mvc.perform(get("/").with(httpBasic(user, "demo")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private int status(String user, String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, "demo")))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  /** The page's text, tags dropped and spaces collapsed. */
  private static String text(String html) {
    return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
  }

  /** The link of the work item with this label. */
  private static String href(String html, String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "href=\"([^\"]+)\"><span>\\d+</span> <span>" + java.util.regex.Pattern.quote(label))
            .matcher(html);
    assertThat(m.find()).as("a link for " + label).isTrue();
    return HtmlUtils.htmlUnescape(m.group(1));
  }
}
