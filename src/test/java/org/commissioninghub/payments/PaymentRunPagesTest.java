package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.commissioninghub.awards.AwardView;
import org.commissioninghub.funding.FundingStreamView;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.commissioninghub.support.Fixtures;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Paying safely on the pages: a run is previewed (payments, payees, total, by stream) before it is
 * made, is made of exactly the payments previewed, and approving it asks for confirmation with the
 * total.
 */
@HubTest
class PaymentRunPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired Payments payments;
  @Autowired Actors actors;

  @Test
  void aRunIsPreviewedMadeOfWhatWasPreviewedAndApprovedOnlyAfterConfirmation() throws Exception {
    // Payments of our own, due on a date no other test uses, so the preview holds only these.
    FundingStreamView stream = fixtures.stream("2024/25", "1,000,000.00", false);
    AwardView award =
        fixtures.award(fixtures.organisation(Fixtures.unique("Run payee")), stream, "1,000.03");
    List<ScheduledPaymentView> scheduled =
        payments.schedule(
            actors.byName("finance"),
            new ScheduleRequest(
                    "AWARD",
                    award.publicId(),
                    "QUARTERLY_IN_ADVANCE",
                    null,
                    "2024/25",
                    "EXPENDITURE",
                    null,
                    null,
                    null)
                .toCommand());
    assertThat(scheduled).hasSize(4);
    String dueBy = scheduled.get(0).due().toString();
    List<ScheduledPaymentView> dueThen =
        payments.schedules(null, ScheduledPaymentView.Status.DUE, null).stream()
            .filter(s -> !s.due().isAfter(scheduled.get(0).due()))
            .toList();
    Money expected =
        dueThen.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);

    var before = DatabaseSnapshot.of(jdbc);
    String preview =
        mvc.perform(
                get("/payment-runs/preview")
                    .param("paymentDate", "2024-10-01")
                    .param("dueBy", dueBy)
                    .with(user("finance").roles("FINANCE")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(DatabaseSnapshot.of(jdbc)).as("a preview writes nothing").isEqualTo(before);
    assertThat(preview)
        .contains("id=\"preview-total\">" + expected.format() + "<")
        .contains("id=\"preview-count\">" + dueThen.size() + "<")
        .contains(stream.name());
    for (ScheduledPaymentView s : dueThen) {
      assertThat(preview).contains("name=\"scheduled\" value=\"" + s.id() + "\"");
    }

    // A bad date gets the error summary on the runs page, and nothing is written.
    String refused =
        mvc.perform(
                get("/payment-runs/preview")
                    .param("paymentDate", "not a date")
                    .with(user("finance").roles("FINANCE")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("govuk-error-summary").contains("#paymentDate");

    // The preview's form posts the ids it lists (checked above); here our own four, so that the
    // demo's due payments, which other tests read, stay out of any run.
    Money ours =
        scheduled.stream().map(ScheduledPaymentView::amount).reduce(Money.ZERO, Money::plus);
    var made =
        post("/payment-runs")
            .param("paymentDate", "2024-10-01")
            .param("dueBy", dueBy)
            .with(user("finance").roles("FINANCE"))
            .with(csrf());
    scheduled.forEach(s -> made.param("scheduled", String.valueOf(s.id())));
    String runPath =
        mvc.perform(made)
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long runId = Long.parseLong(runPath.substring(runPath.lastIndexOf('/') + 1));
    PaymentRunView run = payments.run(runId);
    assertThat(run.total()).isEqualTo(ours).isEqualTo(Money.parse("1,000.03"));
    assertThat(run.payments())
        .extracting(ScheduledPaymentView::id)
        .containsExactlyInAnyOrderElementsOf(
            scheduled.stream().map(ScheduledPaymentView::id).toList());

    // Its maker is not asked to approve it; another finance officer is asked to confirm the total.
    String own =
        mvc.perform(get(runPath + "/approve").with(user("finance").roles("FINANCE")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(own).doesNotContain("confirm-approve").contains("another finance officer");
    String confirm =
        mvc.perform(get(runPath + "/approve").with(user("finance2").roles("FINANCE")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(confirm)
        .contains("id=\"confirm-approve\"")
        .contains("Approve and pay " + ours.format())
        .contains("cannot be undone");
    assertThat(payments.run(runId).status()).isEqualTo(PaymentRunView.Status.AWAITING_APPROVAL);
    mvc.perform(get(runPath + "/approve").with(user("officer").roles("OFFICER")))
        .andExpect(status().isForbidden());
  }
}
