package org.commissioninghub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.payments.Payments;
import org.commissioninghub.payments.ScheduledPaymentView;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.support.DemoFiguresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's payment schedules as loaded. Kept apart from the tests that release or pay them
 * (payments.PaymentRulesTest, monitoring.ReturnWorkflowTest), which share another database.
 */
@DemoFiguresTest
class DemoSchedulesTest {

  @Autowired Payments payments;

  @Test
  void kentCrimestoppersSecondQuarterIsHeldForItsFirstReturn() {
    assertThat(
            payments.schedules(
                "kent-crimestoppers-2024-25",
                ScheduledPaymentView.Status.HELD,
                FinancialYear.parse("2024/25")))
        .singleElement()
        .satisfies(
            held -> {
              assertThat(held.quarter()).isEqualTo(2);
              assertThat(held.holdCondition()).isEqualTo("monitoring return 2024/25 Q1 accepted");
            });
  }
}
