package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.identity.Actors;
import org.commissioninghub.monitoring.MonitoringReturns;
import org.commissioninghub.payments.HoldRequest;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quarterly return in headless Chromium: the provider fills it in, a colleague certifies it, the
 * officer sends it back, the provider corrects it and it is certified again, the officer accepts it
 * and the payment held for the quarter is released. axe-core runs on every page.
 */
@RequiresBrowser
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:monitoringjourney;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class MonitoringJourneyTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @LocalServerPort int port;
  @Autowired MonitoringReturns monitoring;
  @Autowired Payments payments;
  @Autowired Actors actors;

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
  void aReturnIsFilledInCertifiedSentBackCorrectedAndAcceptedReleasingThePayment()
      throws Exception {
    long id =
        monitoring.issueFor("officer", "victim-support-2024-25", null).stream()
            .filter(r -> r.period().quarter() == 2)
            .findFirst()
            .orElseThrow()
            .id();
    ScheduledPaymentView q2 =
        payments.schedules(null, ScheduledPaymentView.Status.DUE, Y2024).stream()
            .filter(s -> s.awardPublicId().equals("victim-support-2024-25") && s.quarter() == 2)
            .findFirst()
            .orElseThrow();
    payments.hold(
        actors.byName("finance"),
        q2.id(),
        new HoldRequest("Until the Q2 return is accepted", "monitoring return 2024/25 Q2")
            .toCommand());
    String path = "/monitoring/returns/" + id;

    try (Browser provider = as("provider")) {
      visit(provider, "/monitoring");
      provider.clickAndWait("a[href='" + path + "']");
      provider.checkAccessibility();
      provider.type("values-REFERRALS", "12,5");
      provider.clickAndWait("#save-return");
      assertThat(provider.text(".govuk-error-summary"))
          .contains("Referrals received: enter a whole number");
      provider.checkAccessibility();
      provider.type("values-REFERRALS", "19,500");
      provider.type("values-SUPPORTED", "18,200");
      provider.type("values-OUTCOMES_ASKED", "2,000");
      provider.type("values-OUTCOME_COPE", "1,400");
      provider.type("narrative", "Demand rose after the summer; waiting times held at two weeks.");
      provider.clickAndWait("#save-return");
      // A case study that names someone is refused with the name found, then anonymised.
      provider.type("theme", "Coping after a burglary");
      provider.type("story", "Mrs Patel said she could sleep again.");
      provider.find("#consent").click();
      provider.clickAndWait("#add-case-study");
      assertThat(provider.text(".govuk-error-summary"))
          .contains("It may give a name: \"Mrs Patel\"");
      provider.checkAccessibility();
      provider.type("story", "Client A said she could sleep again.");
      if (!provider.find("#consent").isSelected()) {
        provider.find("#consent").click();
      }
      provider.clickAndWait("#add-case-study");
      assertThat(provider.text("main")).contains("Client A said she could sleep again.");
      provider.checkAccessibility();
      assertThat(provider.driver().findElements(org.openqa.selenium.By.id("certify-return")))
          .as(
              "certifying is offered; the rule that someone else must certify is checked on the server")
          .isNotEmpty();
      provider.assertAccessible();
    }
    try (Browser certifier = as("certifier")) {
      visit(certifier, path);
      certifier.clickAndWait("#certify-return");
      assertThat(certifier.text("#return-status")).contains("Certified");
      certifier.assertAccessible();
    }
    try (Browser officer = as("officer")) {
      visit(officer, path);
      officer.find("#decision-send-back").click();
      officer.type("comment", "Please split the referrals by source");
      officer.clickAndWait("#review-return");
      assertThat(officer.text("#return-status")).contains("Sent back");
      officer.assertAccessible();
    }
    try (Browser provider = as("provider")) {
      visit(provider, path);
      assertThat(provider.text("#sent-back")).contains("Please split the referrals by source");
      // The split is made offline: the return downloaded as CSV, filled in and uploaded back.
      java.nio.file.Path csv = provider.download("#download-csv", ".csv");
      String downloaded = java.nio.file.Files.readString(csv);
      String police = "REFERRALS_POLICE,Referrals by source,Referrals from Kent Police,COUNT,";
      String self = "REFERRALS_SELF,Referrals by source,Referrals from self-referral,COUNT,";
      assertThat(downloaded).contains("REFERRALS,Referrals,Referrals received,COUNT,19500", police);
      java.nio.file.Path broken = csv.resolveSibling("broken-return.csv");
      java.nio.file.Files.writeString(
          broken, downloaded.replace(police, police + "15000").replace(self, self + "4.5k"));
      provider.find("#file").sendKeys(broken.toAbsolutePath().toString());
      provider.clickAndWait("#upload-return");
      int selfRow = 1 + (int) downloaded.lines().takeWhile(l -> !l.startsWith(self)).count();
      assertThat(provider.text(".govuk-error-summary"))
          .contains("Row " + selfRow + ", column E: Referrals from self-referral");
      assertThat(provider.find("#values-REFERRALS_POLICE").getAttribute("value"))
          .as("nothing was saved from the rejected file")
          .isEmpty();
      provider.checkAccessibility();
      java.nio.file.Path fixed = csv.resolveSibling("fixed-return.csv");
      java.nio.file.Files.writeString(
          fixed, downloaded.replace(police, police + "15000").replace(self, self + "4500"));
      provider.find("#file").sendKeys(fixed.toAbsolutePath().toString());
      provider.clickAndWait("#upload-return");
      assertThat(provider.find("#values-REFERRALS_POLICE").getAttribute("value"))
          .isEqualTo("15,000");
      assertThat(provider.find("#values-REFERRALS_SELF").getAttribute("value")).isEqualTo("4,500");
      provider.assertAccessible();
    }
    try (Browser certifier = as("certifier")) {
      visit(certifier, path);
      certifier.clickAndWait("#certify-return");
      certifier.assertAccessible();
    }
    try (Browser officer = as("officer")) {
      visit(officer, path);
      officer.find("#decision-accept").click();
      officer.clickAndWait("#review-return");
      assertThat(officer.text("#return-status")).contains("Accepted");
      assertThat(officer.text("#submissions")).contains("Sent back", "Accepted");
      officer.assertAccessible();
      // The officer rates the quarter; the rating needs a reason.
      officer.find("#rag-green").click();
      officer.clickAndWait("#rate-return");
      assertThat(officer.text(".govuk-error-summary")).contains("Say why you gave this rating");
      officer.checkAccessibility();
      officer.find("#rag-green").click();
      officer.type("ragReason", "Referrals and support on plan; waiting times held");
      officer.clickAndWait("#rate-return");
      assertThat(officer.text("#current-rating")).contains("Green", "waiting times held");
      // The year's figures, charts with their tables, and the returns' settings pass axe too.
      visit(officer, "/monitoring/aggregates?year=2024/25");
      // The journey's award funds the Kent Advocacy and Support Service contract, whose demo
      // returns are in the totals too: the page says so.
      assertThat(officer.text("#counted-twice")).contains("counted twice");
      assertThat(
              officer.driver().findElements(org.openqa.selenium.By.cssSelector("svg#trend-chart")))
          .isNotEmpty();
      visit(officer, "/monitoring/templates");
      visit(officer, "/contracts/kent-advocacy-and-support-service/extensions/new");
      assertThat(officer.text("#delivery-summary")).contains("4 of 4 returns accepted");
      // Open data: the grants are checked and published as 360Giving data.
      visit(officer, "/open-data/360giving");
      assertThat(officer.text("#check-summary")).contains("0 schema errors");
      officer.clickAndWait("#publish-360giving");
      assertThat(officer.text("main")).contains("grants published as 360Giving JSON, CSV and XLSX");
      officer.checkAccessibility();
      // The public funding page, filtered, with its charts and tables.
      visit(officer, "/open-data/funding?year=2024/25");
      officer.driver().findElement(org.openqa.selenium.By.id("q")).sendKeys("Rubicon");
      officer.clickAndWait("#apply-filters");
      assertThat(officer.text("#funding-lines")).contains("Rubicon Cares");
      officer.checkAccessibility();
      officer.assertAccessible();
    }
    assertThat(payments.scheduled(q2.id()).status()).isEqualTo(ScheduledPaymentView.Status.DUE);
  }
}
