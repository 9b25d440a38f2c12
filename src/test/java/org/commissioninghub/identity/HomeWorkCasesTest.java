package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's work from monitoring, assessment and applications: for each role, the count shown
 * is the count of the records (counted here straight from the database), the link opens for that
 * user, and a provider sees only its own organisation's work.
 */
@HubTest
class HomeWorkCasesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired MonitoringReturns monitoring;

  @Test
  void anOfficerSeesTheCertifiedReturnsWaitingForReview() throws Exception {
    int certified = count("SELECT COUNT(*) FROM monitoring_return WHERE status = 'CERTIFIED'");
    String home = home("officer", "OFFICER");
    if (certified == 0) {
      assertThat(home).doesNotContain("waiting for your review");
    } else {
      assertThat(home)
          .contains(
              certified
                  + "</span> <span>"
                  + (certified == 1 ? "return certified" : "returns certified")
                  + " and waiting for your review</span>");
      assertOpens(hrefOf(home, "waiting for your review"), "officer", "OFFICER");
    }
  }

  @Test
  void aProviderSeesItsOwnReturnsToSendOverdueAndNoOtherOrganisations() throws Exception {
    LocalDate today = LocalDate.now(clock);
    // The demo's returns are all accepted; Victim Support's 2024/25 award owes four once issued
    // (as the monitoring tests issue them), each past its due date.
    monitoring.issueFor("officer", "victim-support-2024-25", null);
    long victimSupport = new OwnedRecords(jdbc).organisationOf("provider");
    long other = new OwnedRecords(jdbc).organisationOf("provider2");
    int toSend = owed(victimSupport);
    LocalDate earliest = earliestOwed(victimSupport);
    int otherToSend = owed(other);
    assertThat(toSend).as("the demo's Victim Support owes returns").isPositive();
    assertThat(earliest).as("the demo's Victim Support has overdue returns").isBefore(today);

    String home = home("provider", "PROVIDER");
    String overdue = overdueSection(home);
    assertThat(overdue)
        .contains(toSend + "</span> <span>" + (toSend == 1 ? "return" : "returns") + " to send");
    assertOpens(hrefOf(overdue, "to send"), "provider", "PROVIDER");
    if (otherToSend != toSend) {
      assertThat(home).doesNotContain(otherToSend + "</span> <span>returns to send");
    }

    int sentBack = sentBack(victimSupport);
    if (sentBack > 0) {
      assertThat(home).contains(sentBack + "</span> <span>");
      assertThat(home).contains("sent back to you to correct");
    } else {
      assertThat(home).doesNotContain("sent back to you to correct");
    }

    String theirs = home("provider2", "PROVIDER");
    if (otherToSend == 0) {
      assertThat(theirs).doesNotContain("to send</span>");
    } else {
      assertThat(theirs)
          .contains(
              otherToSend
                  + "</span> <span>"
                  + (otherToSend == 1 ? "return" : "returns")
                  + " to send");
    }
  }

  @Test
  void anAssessorSeesTheirOwnAssignmentsToDeclareAndToScore() throws Exception {
    int declare =
        count(
            "SELECT COUNT(*) FROM assessment_assignment WHERE assessor = 'assessor'"
                + " AND status = 'AWAITING_DECLARATION'");
    int score =
        count(
            "SELECT COUNT(*) FROM assessment_assignment WHERE assessor = 'assessor'"
                + " AND status = 'SCORING'");
    String home = home("assessor", "ASSESSOR");
    assertLine(
        home,
        declare,
        plural(declare, "application") + " waiting for your conflict of interest declaration",
        "assessor",
        "ASSESSOR");
    assertLine(home, score, plural(score, "application") + " to score", "assessor", "ASSESSOR");
    assertThat(home).doesNotContain("waiting for screening");
  }

  @Test
  void anOfficerSeesTheApplicationsWaitingForScreening() throws Exception {
    int screen = count("SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'");
    String home = home("officer", "OFFICER");
    assertLine(
        home,
        screen,
        plural(screen, "application") + " submitted and waiting for screening",
        "officer",
        "OFFICER");
    assertThat(home).doesNotContain("to score</span>").doesNotContain("not yet submitted");
  }

  @Test
  void aProviderSeesOnlyItsOwnDraftApplications() throws Exception {
    OwnedRecords owned = new OwnedRecords(jdbc);
    int mine = drafts(owned.organisationOf("provider"));
    int theirs = drafts(owned.organisationOf("provider2"));
    String home = home("provider", "PROVIDER");
    assertLine(
        home,
        mine,
        plural(mine, "draft application") + " not yet submitted",
        "provider",
        "PROVIDER");
    String other = home("provider2", "PROVIDER");
    assertLine(
        other,
        theirs,
        plural(theirs, "draft application") + " not yet submitted",
        "provider2",
        "PROVIDER");
  }

  private int drafts(long organisation) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM application a JOIN funding_round r ON r.id = a.round_id"
                + " WHERE a.organisation_id = ? AND a.status = 'DRAFT' AND r.closes_at > ?")
        .params(organisation, java.time.OffsetDateTime.now(clock))
        .query(Integer.class)
        .single();
  }

  /** The line "count label" when count is positive, with a link that opens; else no such line. */
  private void assertLine(String home, int count, String label, String username, String role)
      throws Exception {
    if (count == 0) {
      assertThat(home).doesNotContain("<span>" + label + "</span>");
    } else {
      assertThat(home).contains(count + "</span> <span>" + label + "</span>");
      assertOpens(hrefOf(home, label), username, role);
    }
  }

  private static String plural(int count, String one) {
    return count == 1 ? one : one + "s";
  }

  private int owed(long organisation) {
    return count(
        "SELECT COUNT(*) FROM monitoring_return WHERE status IN ('DUE', 'DRAFT')"
            + " AND organisation_id = "
            + organisation);
  }

  private int sentBack(long organisation) {
    return count(
        "SELECT COUNT(*) FROM monitoring_return WHERE status = 'SENT_BACK'"
            + " AND organisation_id = "
            + organisation);
  }

  private LocalDate earliestOwed(long organisation) {
    return jdbc.sql(
            "SELECT MIN(due_on) FROM monitoring_return WHERE status IN ('DUE', 'DRAFT')"
                + " AND organisation_id = ?")
        .param(organisation)
        .query(LocalDate.class)
        .single();
  }

  private int count(String sql) {
    return jdbc.sql(sql).query(Integer.class).single();
  }

  private String home(String username, String role) throws Exception {
    return mvc.perform(get("/").with(user(username).roles(role)))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String overdueSection(String home) {
    int start = home.indexOf("id=\"overdue\"");
    assertThat(start).as("an overdue section").isNotNegative();
    return home.substring(start, home.indexOf("</ul>", start));
  }

  /** The link of the home page's line whose label contains {@code label}. */
  private static String hrefOf(String html, String label) {
    Matcher m =
        Pattern.compile("<a class=\"govuk-link\" href=\"([^\"]+)\"><span>\\d+</span> <span>([^<]*)")
            .matcher(html);
    while (m.find()) {
      if (m.group(2).contains(label)) {
        return m.group(1).replace("&amp;", "&");
      }
    }
    throw new AssertionError("no line saying " + label);
  }

  private void assertOpens(String href, String username, String role) throws Exception {
    assertThat(
            mvc.perform(get(href).with(user(username).roles(role)))
                .andReturn()
                .getResponse()
                .getStatus())
        .as(href + " for " + username)
        .isEqualTo(200);
  }
}
