package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commissioninghub.priorities.ActionPlans;
import org.commissioninghub.priorities.ActionView;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Priorities in headless Chromium: the KCSP's lead updates an action's status (a blank update is
 * refused), an officer produces the scrutiny report and downloads its PDF, and tags an award with
 * the priorities it serves, which its page then shows. axe-core runs on every page.
 */
@BrowserJourney
class PrioritiesJourneyTest {

  @LocalServerPort int port;
  @Autowired ActionPlans actions;

  @Test
  void aCspLeadUpdatesAnActionAndAnOfficerReportsAndTags() throws Exception {
    ActionView action =
        actions.byPriority(FinancialYear.parse("2025/26")).values().stream()
            .flatMap(List::stream)
            .findFirst()
            .orElseThrow();
    try (Browser lead = new Browser("http://localhost:" + port)) {
      lead.signIn("csp", "demo");
      lead.open("/priorities/action-plans?year=2025/26");
      lead.checkAccessibility();
      lead.clickAndWait("a[href='/priorities/actions/" + action.id() + "']");
      lead.checkAccessibility();
      lead.clickAndWait("#save-update");
      assertThat(lead.text(".govuk-error-summary")).contains("Say what has happened");
      lead.checkAccessibility();
      lead.find("#status option[value='COMPLETE']").click();
      lead.type("note", "Delivered at the June information session");
      lead.clickAndWait("#save-update");
      assertThat(lead.text("#action-status")).isEqualTo("Complete");
      assertThat(lead.text("#action-updates"))
          .contains("Delivered at the June information session", "csp");
      lead.assertAccessible();
    }
    try (Browser officer = new Browser("http://localhost:" + port)) {
      officer.signIn("officer", "demo");
      officer.open("/priorities");
      officer.checkAccessibility();
      officer.clickAndWait("#scrutiny-link");
      officer.checkAccessibility();
      // The link opens the last complete year (2025/26 today); the committee's is 2024/25.
      officer.open("/priorities/scrutiny-report?year=2024/25");
      officer.checkAccessibility();
      assertThat(officer.text("#scrutiny-report")).contains("Priority: Road Safety");
      Path pdf = officer.download("#scrutiny-pdf", ".pdf");
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
            .contains("Priority: Domestic Abuse")
            .contains("Number of CSPs naming each issue, of the 12 that reported");
      }
      officer.open("/priorities/strategic-assessments?year=2024/25");
      officer.checkAccessibility();
      officer.open("/priorities/alignment?year=2024/25");
      officer.checkAccessibility();

      officer.open("/awards/oasis-2024-25");
      assertThat(officer.text("#no-priorities")).contains("Not tagged");
      officer.clickAndWait("#tag-award");
      officer.checkAccessibility();
      officer.find("input[name='primary']").click();
      officer.clickAndWait("#save-tags");
      assertThat(officer.text("#award-priorities")).contains("main priority");
      officer.checkAccessibility();
      officer.assertAccessible();
    }
  }
}
