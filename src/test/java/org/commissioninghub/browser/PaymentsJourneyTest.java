package org.commissioninghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.payments.PaymentClass;
import org.commissioninghub.payments.PaymentView;
import org.commissioninghub.payments.Payments;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Contracts and payments in headless Chromium, each person in their own browser: an officer records
 * a contract's extension, one finance officer puts a payment run together, another approves it, and
 * the public spend register (no sign-in) shows its payments. axe-core (WCAG 2.2 AA) runs on every
 * page visited.
 */
@BrowserJourney
class PaymentsJourneyTest {

  @LocalServerPort int port;
  @Autowired Payments payments;
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
  void anExtensionIsRecordedARunIsApprovedByAnotherPersonAndTheRegisterShowsIt() throws Exception {
    try (Browser officer = as("officer")) {
      visit(officer, "/contracts/kent-advocacy-and-support-service");
      officer.clickAndWait("#record-extension-link");
      officer.checkAccessibility();
      officer.find("#outcome-extend").click();
      officer.type("performance", "All quarterly targets met in 2025/26");
      officer.type("quality", "Contract reviews rated the service good");
      officer.type("funding", "Core grant confirmed for 2027/28");
      officer.type("decidedOn", LocalDate.now(clock).toString());
      officer.clickAndWait("#record-extension");
      assertThat(officer.currentPath()).isEqualTo("/contracts/kent-advocacy-and-support-service");
      assertThat(officer.text("main")).contains("31 March 2028");
      officer.checkAccessibility();
      // The other pages of money out, each checked by axe.
      visit(officer, "/contracts/recommissioning");
      visit(officer, "/funding?year=2024/25");
      visit(officer, "/funding/cliff-edge?date=2026-03-31");
      assertThat(officer.text("#cliff-edge-received")).isEqualTo("£3,071,399.31");
      visit(officer, "/funding/budget?year=2019/20");
      assertThat(officer.text("#variance-total")).isEqualTo("£245,000.00");
      visit(officer, "/funding/streams/home-office-dapif-2024-25");
      visit(officer, "/monitoring");
      visit(officer, "/monitoring/measures");
      officer.assertAccessible();
    }

    String runPath;
    try (Browser finance = as("finance")) {
      visit(finance, "/payment-runs");
      finance.type("paymentDate", "2024-10-01");
      finance.type("dueBy", "2024-10-01");
      finance.clickAndWait("#make-run");
      // A preview first: the payments, payees and total, with nothing written yet.
      assertThat(finance.currentPath()).startsWith("/payment-runs/preview?");
      String total =
          finance.driver().findElement(org.openqa.selenium.By.id("preview-total")).getText();
      assertThat(total).startsWith("£");
      assertThat(finance.text("main")).contains("Nothing has been written yet");
      finance.checkAccessibility();
      finance.clickAndWait("#create-run");
      runPath = finance.currentPath();
      assertThat(runPath).as(finance.text("main")).startsWith("/payment-runs/");
      assertThat(finance.text("main")).contains("another finance officer");
      assertThat(finance.driver().findElements(org.openqa.selenium.By.id("approve-run")))
          .as("the person who put the run together cannot approve it")
          .isEmpty();
      finance.checkAccessibility();
      finance.assertAccessible();
    }

    try (Browser finance2 = as("finance2")) {
      visit(finance2, runPath);
      assertThat(finance2.driver().findElements(org.openqa.selenium.By.id("approve-run")))
          .as(finance2.currentPath() + "\n" + finance2.text("main"))
          .isNotEmpty();
      finance2.clickAndWait("#approve-run");
      // Approving asks for confirmation, with the total.
      assertThat(finance2.currentPath()).isEqualTo(runPath + "/approve");
      assertThat(finance2.text("main")).contains("Approving pays").contains("cannot be undone");
      finance2.checkAccessibility();
      finance2.clickAndWait("#confirm-approve");
      assertThat(finance2.text("main")).containsIgnoringCase("approved");
      finance2.checkAccessibility();
      finance2.assertAccessible();
    }

    List<PaymentView> paid =
        payments.list(FinancialYear.parse("2024/25"), PaymentClass.EXPENDITURE, null).stream()
            .filter(p -> p.date().equals(LocalDate.of(2024, 10, 1)))
            .filter(p -> p.amount().isGreaterThan(Payments.SPEND_THRESHOLD))
            .toList();
    assertThat(paid).isNotEmpty();
    try (Browser public_ = new Browser("http://localhost:" + port)) {
      visit(public_, "/open-data/spend-over-500?month=2024-10");
      String register = public_.text("main");
      for (PaymentView p : paid) {
        assertThat(register).contains(p.amount().format());
      }
      assertThat(register).contains(paid.get(0).payeeName());
      visit(public_, "/open-data");
      visit(public_, "/open-data/crime-reduction-grants");
      visit(public_, "/open-data/contracts");
      public_.assertAccessible();
    }
  }
}
