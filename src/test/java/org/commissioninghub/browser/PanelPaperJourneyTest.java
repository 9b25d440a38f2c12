package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer starts a Police and Crime Panel paper in headless Chromium, is told what is wrong with
 * a choice, chooses a payment, reads the paper and downloads its table; axe-core (WCAG 2.2 AA) runs
 * on every page visited, the seeds/001 paper and the funder return among them.
 */
@BrowserJourney
class PanelPaperJourneyTest {

  @LocalServerPort int port;

  @Test
  void anOfficerMakesAPaperOfChosenPayments() throws Exception {
    try (Browser officer = new Browser("http://localhost:" + port)) {
      officer.signIn("officer", "demo");
      officer.open("/reports");
      officer.clickAndWait("#panel-papers-link");
      officer.checkAccessibility();

      officer.clickAndWait("#panel-papers a");
      assertThat(officer.text("#selection")).startsWith("For information, the first three items");
      officer.checkAccessibility();

      officer.open("/reports/panel-papers");
      officer.type("title", "");
      officer.clickAndWait("#start-paper");
      assertThat(officer.text(".govuk-error-summary")).contains("Enter the paper's title");
      officer.checkAccessibility();
      officer.type("title", "Published expenditure over £500: spring");
      officer.clickAndWait("#start-paper");
      assertThat(officer.currentPath()).matches("/reports/panel-papers/\\d+/edit");
      officer.checkAccessibility();

      Select payment = new Select(officer.find("#payment"));
      payment.selectByIndex(1);
      officer.clickAndWait("#add-to-paper");
      assertThat(officer.text(".govuk-error-summary")).contains("Choose who selected this payment");
      officer.checkAccessibility();
      officer.find("#selectedBy").click();
      officer.type("outcome", "Workshops delivered as planned.");
      officer.clickAndWait("#add-to-paper");
      assertThat(officer.text(".govuk-notification-banner")).contains("added to the paper");
      officer.checkAccessibility();

      officer.clickAndWait(".govuk-back-link");
      assertThat(officer.text("#selection"))
          .startsWith(
              "For information, the item was selected by Panel Officers on behalf of Members");
      officer.checkAccessibility();
      Path csv = officer.download("#paper-csv", ".csv");
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).startsWith("Payment,Date,Payee,Amount");
      assertThat(lines.get(lines.size() - 1)).startsWith("Total,");

      officer.open("/reports/funder-return?year=2024/25&stream=moj-core-2024-25");
      assertThat(officer.find("#funder-return-xlsx").getAttribute("href"))
          .endsWith("/reports/funder-return.xlsx?stream=moj-core-2024-25");
      officer.checkAccessibility();
      officer.assertAccessible();
    }
  }
}
