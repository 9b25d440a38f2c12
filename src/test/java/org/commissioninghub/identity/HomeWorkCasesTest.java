package org.commissioninghub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.applications.ApplicationDraft;
import org.commissioninghub.applications.ApplicationView;
import org.commissioninghub.applications.Applications;
import org.commissioninghub.applications.NewApplication;
import org.commissioninghub.assessment.Assessments;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.ProgrammeView;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.programmes.RoundView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.commissioninghub.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
  @Autowired Programmes programmes;
  @Autowired Applications applications;
  @Autowired Assessments assessments;
  @Autowired Actors actors;
  @Autowired Fixtures fixtures;

  @RegisterExtension static GreenMailExtension smtp = TestMail.smtp();

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

  @Test
  void aDraftASubmittedApplicationAndAnAssignmentEachShowForTheirOwnPeople() throws Exception {
    String year = FinancialYear.containing(LocalDate.now(clock)).toString();
    String id = "p-" + UUID.randomUUID().toString().substring(0, 8);
    ProgrammeView programme =
        programmes.createProgramme(
            new ProgrammeCommand(
                    id,
                    "Fund " + id,
                    "A test fund",
                    "opcc-kent",
                    "£10,000",
                    1,
                    List.of("CHARITY"),
                    "Kent and Medway",
                    null,
                    1,
                    List.of(fixtures.stream(year, "100000", false).publicId()),
                    List.of(),
                    List.of(
                        new ProgrammeCommand.Question(
                            "plan",
                            "What will you do?",
                            null,
                            "TEXT",
                            true,
                            10,
                            null,
                            false,
                            null,
                            null)),
                    List.of(
                        new ProgrammeCommand.Step(
                            1, "Officer approves", "OFFICER", false, null, null)),
                    List.of())
                .toCommand());
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    ZonedDateTime now = ZonedDateTime.now(clock);
    String prefix = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    RoundView round =
        programmes.createRound(
            new RoundCommand(
                    null,
                    programme.publicId(),
                    "Round " + prefix,
                    prefix,
                    local.format(now.minusHours(1)),
                    local.format(now.plusHours(1)),
                    "£100,000",
                    year,
                    null,
                    null)
                .toCommand());
    var provider = actors.byName("provider");
    applications.start(
        provider, new NewApplication(round.publicId(), null, "Draft", Map.of()).toCommand());
    ApplicationView sent =
        applications.start(
            provider, new NewApplication(round.publicId(), null, "Sent", Map.of()).toCommand());
    sent =
        applications.save(
            provider,
            sent.reference(),
            sent.version(),
            new ApplicationDraft(
                    null,
                    "A summary",
                    "Sam Contact",
                    "sam@victimsupport.example",
                    List.of("£5,000"),
                    Map.of("plan", "Six workshops in schools"))
                .toCommand(sent.round().programme()));
    applications.submit(provider, sent.reference());
    ApplicationView screened =
        applications.start(
            provider, new NewApplication(round.publicId(), null, "Screened", Map.of()).toCommand());
    screened =
        applications.save(
            provider,
            screened.reference(),
            screened.version(),
            new ApplicationDraft(
                    null,
                    "A summary",
                    "Sam Contact",
                    "sam@victimsupport.example",
                    List.of("£5,000"),
                    Map.of("plan", "Six workshops in schools"))
                .toCommand(screened.round().programme()));
    applications.submit(provider, screened.reference());
    var officer = actors.byName("officer");
    assessments.screen(officer, screened.reference(), true, "Eligible");
    assessments.assign(officer, screened.reference(), "assessor");

    int drafts = drafts(new OwnedRecords(jdbc).organisationOf("provider"));
    int screen = count("SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'");
    int declare =
        count(
            "SELECT COUNT(*) FROM assessment_assignment WHERE assessor = 'assessor'"
                + " AND status = 'AWAITING_DECLARATION'");
    assertThat(drafts).isPositive();
    assertThat(screen).isPositive();
    assertThat(declare).isPositive();
    assertLine(
        home("provider", "PROVIDER"),
        drafts,
        plural(drafts, "draft application") + " not yet submitted",
        "provider",
        "PROVIDER");
    assertThat(home("provider2", "PROVIDER"))
        .doesNotContain(drafts + "</span> <span>" + plural(drafts, "draft application"));
    assertLine(
        home("officer", "OFFICER"),
        screen,
        plural(screen, "application") + " submitted and waiting for screening",
        "officer",
        "OFFICER");
    assertLine(
        home("assessor", "ASSESSOR"),
        declare,
        plural(declare, "application") + " waiting for your conflict of interest declaration",
        "assessor",
        "ASSESSOR");
    assertThat(home("assessor2", "ASSESSOR")).doesNotContain("conflict of interest declaration");
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
