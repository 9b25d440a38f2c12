package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A commissioning officer's journey in a real headless Chromium, with axe-core on every page. */
@RequiresBrowser
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class BrowserJourneyTest {

  private static final List<String> PAGES =
      List.of(
          "/",
          "/reports/moj-recipients?year=2019/20",
          "/funding?year=2024/25",
          "/organisations",
          "/organisations/victim-support",
          "/awards?year=2024/25",
          "/awards/sateda-2024-25",
          "/contracts",
          "/contracts/isva-and-sv-support-service",
          "/organisations/new",
          "/data-quality");

  @LocalServerPort int port;

  @Test
  void officerSignsInReadsTheMatrixAndDownloadsItAsCsv() throws Exception {
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.signIn("officer", "demo");
      browser.checkAccessibility();
      browser.open("/awards/matrix?year=2024/25");
      assertThat(browser.find("#awards-matrix").isDisplayed()).isTrue();
      assertThat(browser.text("#matrix-grand-total")).isEqualTo("£3,950,840.82");
      browser.checkAccessibility();

      Path csv = browser.download("#download-csv", ".csv");
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      String totals = lines.get(lines.size() - 1);
      assertThat(totals).startsWith("Total,").contains("3950840.82").contains("2113627.51");

      browser.open("/funding/streams/new");
      browser.type("name", "Rural Safer Streets");
      browser.type("year", "2024/25");
      browser.type("amount", "£56,77");
      browser.find("form[action$='/funding/streams'] button[type=submit]").click();
      assertThat(browser.text(".govuk-error-summary")).contains("\"£56,77\" is not a valid amount");
      assertThat(browser.find("#amount").getAttribute("value")).isEqualTo("£56,77");
      browser.checkAccessibility();

      for (String page : PAGES) {
        browser.open(page);
        assertThat(browser.title()).as(page).doesNotContain("problem").doesNotContain("not found");
        browser.checkAccessibility();
      }
      assertThat(browser.accessibilityProblems())
          .as("serious or critical accessibility violations")
          .isEmpty();
    }
  }
}
