package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A commissioning officer's journeys in a real headless Chromium against the Kent demo data, with
 * axe-core (WCAG 2.2 AA) on every page visited.
 */
@BrowserJourney
class BrowserJourneyTest {

  /** Pages checked after the matrix, each for a working page and for accessibility. */
  private static final List<String> PAGES =
      List.of(
          "/reports/moj-recipients?year=2019/20",
          "/funding?year=2024/25",
          "/organisations",
          "/awards",
          "/contracts",
          "/awards?year=2024/25",
          "/organisations/victim-support",
          "/awards/sateda-2024-25",
          "/contracts/isva-and-sv-support-service",
          "/organisations/new",
          "/data-quality");

  @LocalServerPort int port;

  private Browser browser() throws Exception {
    return new Browser("http://localhost:" + port);
  }

  @Test
  void officerSignsInReadsTheMatrixAndDownloadsItAsCsv() throws Exception {
    try (Browser browser = browser()) {
      browser.signIn("officer", "demo");
      assertThat(browser.currentPath()).as("signed in and sent home").isEqualTo("/");
      browser.checkAccessibility();

      browser.open("/awards/matrix?year=2024/25");
      assertThat(browser.find("#awards-matrix").isDisplayed()).isTrue();
      assertThat(browser.text("#matrix-grand-total")).isEqualTo("£3,950,840.82");
      browser.checkAccessibility();

      Path csv = browser.download("#download-csv", ".csv");
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      String totals = lines.get(lines.size() - 1);
      assertThat(totals)
          .as("last line of " + csv.getFileName())
          .startsWith("Total,")
          .contains("3950840.82")
          .contains("2113627.51");

      SoftAssertions softly = new SoftAssertions();
      for (String page : PAGES) {
        browser.open(page);
        softly
            .assertThat(browser.title())
            .as(page)
            .doesNotContainIgnoringCase("problem")
            .doesNotContainIgnoringCase("not found");
        browser.checkAccessibility();
      }
      softly.check(browser::assertAccessible);
      softly.assertAll();
    }
  }

  @Test
  void aRefusedFormShowsAnAccessibleErrorSummaryAndKeepsWhatWasTyped() throws Exception {
    try (Browser browser = browser()) {
      browser.signIn("officer", "demo");
      browser.open("/funding/streams/new");
      browser.type("name", "Rural Safer Streets");
      browser.type("year", "2024/25");
      browser.type("amount", "£56,77");
      browser.clickAndWait("form[action$='/funding/streams'] button[type=submit]");
      assertThat(browser.text(".govuk-error-summary")).contains("\"£56,77\" is not a valid amount");
      assertThat(browser.find("#amount").getAttribute("value")).isEqualTo("£56,77");
      browser.checkAccessibility();
      browser.assertAccessible();
    }
  }

  @Test
  void theSecurityAndAccountPagesAreAccessible() throws Exception {
    try (Browser browser = browser()) {
      for (String page : List.of("/password-reset", "/account/set-password?token=not-a-token")) {
        browser.open(page);
        browser.checkAccessibility();
      }
      browser.signIn("admin", "demo");
      SoftAssertions softly = new SoftAssertions();
      for (String page :
          List.of(
              "/audit",
              "/audit?entityType=organisation",
              "/audit/verify",
              "/account/tokens",
              "/account/two-factor",
              "/users/invite")) {
        browser.open(page);
        softly.assertThat(browser.title()).as(page).doesNotContainIgnoringCase("problem");
        browser.checkAccessibility();
      }
      assertThat(browser.text("h1")).isNotBlank();
      softly.check(browser::assertAccessible);
      softly.assertAll();
    }
  }

  /** Guards the guard: a check that never reports anything would pass every page. */
  @Test
  void theAccessibilityCheckReportsAFieldWithoutALabel() throws Exception {
    try (Browser browser = browser()) {
      browser.open("/login");
      browser.execute("document.querySelector('label[for=username]').remove();");
      browser.checkAccessibility();
      assertThat(browser.accessibilityProblems())
          .singleElement()
          .asString()
          .startsWith("/login: label (critical): Form elements must have labels at ")
          .contains("#username");
    }
  }
}
