package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.commissioninghub.funding.FundingStreamRequest;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.programmes.ProgrammeCommand;
import org.commissioninghub.programmes.Programmes;
import org.commissioninghub.programmes.RoundCommand;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant round end to end in headless Chromium, each person in their own browser: the provider
 * applies and uploads a document, the officer screens and assigns, the assessor declares and
 * scores, the officer recommends, the approver approves, the provider accepts the offer, and the
 * award shows in the matrix. axe-core (WCAG 2.2 AA) runs on every page visited.
 */
@BrowserJourney
class GrantRoundJourneyTest {

  @LocalServerPort int port;
  @Autowired Programmes programmes;
  @Autowired FundingStreams streams;
  @Autowired Clock clock;

  private Browser as(String username) throws Exception {
    Browser browser = new Browser("http://localhost:" + port);
    browser.signIn(username, "demo");
    return browser;
  }

  private static void visit(Browser browser, String path) {
    browser.open(path);
    assertThat(browser.title()).as(path).doesNotContainIgnoringCase("problem");
    browser.checkAccessibility();
  }

  @Test
  void aProviderAppliesIsAssessedApprovedAndAcceptsAndTheAwardIsInTheMatrix(@TempDir Path dir)
      throws Exception {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/London"));
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    String year = FinancialYear.containing(now.toLocalDate()).toString();
    streams.create(
        new FundingStreamRequest(
                "journey-stream",
                "pcc-kent-budget",
                "opcc-kent",
                "Community Safety Fund",
                "CSF",
                year,
                "60000",
                false,
                null,
                null,
                null,
                null,
                null,
                "victim-services",
                null,
                null)
            .toCommand());
    programmes.createProgramme(
        new ProgrammeCommand(
                "community-safety-fund",
                "Community Safety Fund",
                "Small grants that make Kent safer",
                "opcc-kent",
                "£10,000",
                1,
                List.of("CHARITY"),
                "Kent and Medway",
                null,
                5,
                List.of("journey-stream"),
                List.of(new ProgrammeCommand.Criterion("Need", 1, 5, "Evidence of local need")),
                List.of(
                    new ProgrammeCommand.Question(
                        "kent",
                        "Will the project run in Kent or Medway?",
                        null,
                        "YES_NO",
                        true,
                        null,
                        null,
                        true,
                        "Yes",
                        "the fund is for Kent and Medway"),
                    new ProgrammeCommand.Question(
                        "plan",
                        "What will you do?",
                        null,
                        "TEXT",
                        true,
                        100,
                        null,
                        false,
                        null,
                        null),
                    new ProgrammeCommand.Question(
                        "budget",
                        "Project budget",
                        null,
                        "FILE",
                        true,
                        null,
                        null,
                        false,
                        null,
                        null)),
                List.of(
                    new ProgrammeCommand.Step(1, "Officer recommends", "OFFICER", true, null, null),
                    new ProgrammeCommand.Step(2, "PCC approves", "APPROVER", false, null, null)),
                List.of("WHISTLEBLOWING"))
            .toCommand());
    programmes.createRound(
        new RoundCommand(
                "csf-round-1",
                "community-safety-fund",
                "Round 1",
                "CSF-1",
                local.format(now.minusDays(1)),
                local.format(now.plusDays(7)),
                "£60,000",
                year,
                null,
                null)
            .toCommand());
    Path budget = dir.resolve("budget.pdf");
    Files.write(budget, "%PDF-1.4\n% budget\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    String reference;
    try (Browser provider = as("provider")) {
      visit(provider, "/grants");
      provider.clickAndWait(By.linkText("Community Safety Fund: Round 1"));
      provider.checkAccessibility();
      provider.clickAndWait(".govuk-button--start");
      provider.checkAccessibility();
      provider.find("#eligibility-kent-0").click();
      provider.type("title", "Safer walks home");
      provider.clickAndWait("#continue");
      assertThat(provider.currentPath()).startsWith("/applications/CSF-1-");
      reference = provider.currentPath().substring("/applications/".length());
      provider.checkAccessibility();
      provider.type("summary", "Volunteer-led safe walks for young people in Gravesend");
      provider.type("contactName", "Sam Jones");
      provider.type("contactEmail", "sam@victimsupport.example");
      provider.type("amounts-0", "8,500");
      provider.type("answers-plan", "Weekly walks with trained volunteers");
      provider.clickAndWait("#save");
      assertThat(provider.text("#application-total"))
          .as(provider.text("main"))
          .isEqualTo("£8,500.00");
      provider.checkAccessibility();
      provider.find("#file").sendKeys(budget.toString());
      provider.clickAndWait("#upload");
      assertThat(provider.text("#documents")).contains("budget.pdf");
      provider.checkAccessibility();
      // The fund needs a whistleblowing policy, which Victim Support's profile lacks.
      assertThat(provider.text("#still-needed")).contains("has no whistleblowing policy");
      provider.clickAndWait("#update-profile");
      provider.checkAccessibility();
      provider.type(
          "policies-WHISTLEBLOWING", java.time.LocalDate.now(clock).minusMonths(1).toString());
      provider.clickAndWait("#save-profile");
      assertThat(provider.text("#organisation-policies")).contains("Whistleblowing policy");
      provider.checkAccessibility();
      visit(provider, "/applications/" + reference);
      provider.clickAndWait("#submit");
      assertThat(provider.text("h1")).as(provider.text("main")).isEqualTo("Application received");
      assertThat(provider.text("#application-reference")).isEqualTo(reference);
      provider.checkAccessibility();
      provider.assertAccessible();
    }

    try (Browser officer = as("officer")) {
      visit(officer, "/rounds/csf-round-1");
      officer.find("#eligible-yes-" + reference).click();
      officer.type("reason-" + reference, "A charity working in Kent");
      officer.clickAndWait("#screen-" + reference);
      officer.checkAccessibility();
      officer.type("assessor-" + reference, "assessor");
      officer.clickAndWait("#assign-" + reference);
      assertThat(officer.text("#app-" + reference))
          .contains("assessor: Waiting for conflict declaration");
      officer.checkAccessibility();
      officer.assertAccessible();
    }

    try (Browser assessor = as("assessor")) {
      visit(assessor, "/assessments");
      visit(assessor, "/applications/" + reference + "/assessment");
      assessor.clickAndWait("#declare");
      assessor.checkAccessibility();
      assessor.find("input[name^='score.']").sendKeys("4");
      assessor
          .find("textarea[name^='comment.']")
          .sendKeys("Clear evidence of need from local data");
      assessor.clickAndWait("#submit-scores");
      assertThat(assessor.currentPath()).isEqualTo("/assessments");
      assessor.checkAccessibility();
      assessor.assertAccessible();
    }

    for (String decider : List.of("officer", "approver")) {
      try (Browser browser = as(decider)) {
        if (decider.equals("officer")) {
          visit(browser, "/rounds/csf-round-1/moderation");
        }
        visit(browser, "/applications/" + reference + "/decision");
        browser.find("input[name=outcome][value=APPROVE]").click();
        browser.type("reasons", "Meets the fund's aims; " + decider);
        browser.clickAndWait("#decide");
        browser.checkAccessibility();
        browser.assertAccessible();
      }
    }

    try (Browser provider = as("provider")) {
      visit(provider, "/applications/" + reference);
      provider.clickAndWait("#offer-link");
      assertThat(provider.text("#offer-letter"))
          .contains("Total: £8,500.00", "STANDARD CONDITIONS OF GRANT");
      provider.checkAccessibility();
      provider.clickAndWait("#accept-offer");
      assertThat(provider.text("#offer-answer")).startsWith("Accepted by provider");
      provider.checkAccessibility();
      provider.assertAccessible();
    }

    try (Browser officer = as("officer")) {
      visit(officer, "/awards/matrix?year=" + year);
      assertThat(officer.text("#awards-matrix")).contains("Victim Support", "£8,500.00");
      visit(officer, "/decisions/" + reference);
      assertThat(officer.text("#record-total")).isEqualTo("£8,500.00");
      for (String page :
          List.of(
              "/grants",
              "/programmes",
              "/programmes/community-safety-fund",
              "/applications",
              "/conflicts",
              "/continuations?year=2024/25",
              "/crime-reduction",
              "/decisions",
              "/grants/safer-in-kent-fund-round-2")) {
        visit(officer, page);
      }
      officer.open("/crime-reduction");
      officer.clickAndWait(By.linkText("Kent Community Safety Partnership"));
      officer.checkAccessibility();
      officer.assertAccessible();
    }
  }
}
