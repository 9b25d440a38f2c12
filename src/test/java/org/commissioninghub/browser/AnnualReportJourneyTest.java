package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual report in headless Chromium: an officer reads the 2024/25 report, rewrites the words
 * of one section (refused when blank, then saved as a new version), records a Crime Reduction Grant
 * project (refused when it would exceed the CSP's allocation, then recorded) and sees the report
 * count it, and downloads the PDF. axe-core runs on every page.
 */
@BrowserJourney
class AnnualReportJourneyTest {

  @LocalServerPort int port;

  @Test
  void anOfficerRewritesASectionRecordsAProjectAndDownloadsThePdf() throws Exception {
    try (Browser officer = new Browser("http://localhost:" + port)) {
      officer.signIn("officer", "demo");
      officer.open("/reports/annual-commissioning?year=2024/25");
      officer.checkAccessibility();
      assertThat(officer.text("#additional-total")).isEqualTo("£3,071,399.31");
      assertThat(officer.text("#crg-projects"))
          .contains("134 projects were funded through the CRG with 121");

      officer.clickAndWait("#edit-learning");
      officer.checkAccessibility();
      officer.type("body", " ");
      officer.clickAndWait("#save-words");
      assertThat(officer.text(".govuk-error-summary")).contains("Enter the words for Learning");
      officer.checkAccessibility();
      officer.type(
          "body",
          "Demand and complexity keep rising.\n\n- Waiting lists are growing.\n- Funding ends in March.");
      officer.clickAndWait("#save-words");
      assertThat(officer.text("#section-learning"))
          .contains("Demand and complexity keep rising.")
          .contains("Waiting lists are growing.");
      assertThat(officer.text("#edit-learning")).contains("version 2, officer");

      officer.open("/crime-reduction/projects?year=2024/25");
      officer.checkAccessibility();
      officer.find("#csp option[value='ashford-csp']").click();
      officer.find("#organisation option[value='ashford-csp']").click();
      officer.type("title", "Street marshals in Ashford town centre");
      officer.type("amount", "£1,000");
      officer.find("#planPriority option:nth-child(2)").click();
      officer.type("theme", "Anti-social behaviour");
      officer.clickAndWait("#record-project-button");
      assertThat(officer.text(".govuk-error-summary"))
          .contains("would come to more than its allocation");
      officer.checkAccessibility();
      officer.find("#csp option[value='']").click();
      officer.find("#organisation option[value='kent-police']").click();
      officer.clickAndWait("#record-project-button");
      assertThat(officer.text("#crg-year")).contains("135 (121 by CSPs, 14 by third parties)");

      officer.open("/reports/annual-commissioning?year=2024/25");
      assertThat(officer.text("#crg-projects"))
          .contains("135 projects were funded through the CRG with 121")
          .contains("and 14 by the third parties");
      assertThat(officer.text("#crg-allocated")).contains("£769,522.00");
      Path pdf = officer.download("#report-pdf", ".pdf");
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        assertThat(stripper.getText(document).replaceAll("\\s+", " "))
            .contains("Demand and complexity keep rising.")
            .contains("135 projects were funded through the CRG");
      }

      // Where a service is delivered: set on the award, then filtered on the public page.
      officer.open("/awards/rubicon-cares-2024-25");
      officer.checkAccessibility();
      assertThat(officer.text("#award-areas")).isEqualTo("Kent and Medway (countywide)");
      officer.find("#area-CANTERBURY").click();
      officer.clickAndWait("#save-areas");
      assertThat(officer.text("#award-areas")).isEqualTo("Canterbury");
      officer.open("/open-data/funding?year=2024/25&district=Canterbury");
      officer.checkAccessibility();
      assertThat(officer.text("#funding-lines")).contains("Rubicon Cares").contains("Canterbury");
      assertThat(officer.text("#by-district")).contains("Canterbury");
      officer.assertAccessible();
    }
  }
}
