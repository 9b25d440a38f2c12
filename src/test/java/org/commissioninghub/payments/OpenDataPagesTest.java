package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioninghub.shared.CsvReader;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The published registers through HTTP without signing in, and the payments pages by role: the
 * seeds/001 payments with their exact amounts, nothing of £500 or less, no individual's name.
 */
@HubTest
class OpenDataPagesTest {

  static final String INDIVIDUAL = "Jordan Demo-Individual";
  static final String SOLE_TRADER = "Sam Demo-Sole-Trader";

  @Autowired MockMvc mvc;
  @Autowired Payments payments;

  private String page(String path, RequestPostProcessor who, int status) throws Exception {
    var r = mvc.perform(get(path).with(who)).andReturn().getResponse();
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    assertThat(r.getStatus()).as(path + "\n" + body).isEqualTo(status);
    return body;
  }

  private static RequestPostProcessor nobody() {
    return r -> r;
  }

  @Test
  void theSpendRegisterListsEveryExpenditureOver500ExactlyAndWithholdsIndividuals()
      throws Exception {
    String csv = page("/open-data/spend-over-500.csv", nobody(), 200);
    List<CsvReader.Row> rows =
        CsvReader.parse(
            "spend-over-500.csv", csv, List.of("Date", "Payee", "Amount", "Purpose", "Category"));
    assertThat(rows)
        .extracting(r -> r.get("Date") + "|" + r.get("Payee") + "|" + r.get("Amount"))
        .contains(
            "2018-11-09|Gravesham Network Development CIC|10000.00",
            "2018-11-14|Reform Restore Respect|10000.00",
            "2019-01-30|i-Three Analytics|20000.00",
            "2019-04-25|Family Matters|112422.87",
            "2019-02-11|" + PaymentView.WITHHELD + "|750.00",
            "2019-03-05|" + PaymentView.WITHHELD + "|1200.00");
    assertThat(rows)
        .filteredOn(r -> r.get("Date").equals("2019-04-25"))
        .extracting(r -> r.get("Purpose") + "|" + r.get("Value for money"))
        .singleElement()
        .asString()
        .startsWith("ISVA and CISVA services Q1 2019-20|")
        .contains("open competition");
    // Nothing of £500.00 or less, whatever was recorded.
    rows.forEach(
        r ->
            assertThat(Money.parse(r.get("Amount")).isGreaterThan(Payments.SPEND_THRESHOLD))
                .as(r.toString())
                .isTrue());
    assertThat(payments.list(null, PaymentClass.EXPENDITURE, null))
        .extracting(p -> p.amount().plain())
        .contains("500.00", "350.00");
    assertThat(csv)
        .doesNotContain(INDIVIDUAL, SOLE_TRADER, "Demo: room hire", "Demo: refreshments");
    assertThat(rows).hasSize(payments.spendOver500().size());
    // The seeds/001 grants are marked as crime and disorder reduction grants.
    assertThat(rows)
        .filteredOn(r -> r.get("Date").equals("2018-11-09"))
        .extracting(r -> r.get("Type"))
        .containsExactly(PaymentClass.CDR_GRANT.label());

    String html = page("/open-data/spend-over-500", nobody(), 200);
    assertThat(html)
        .contains(
            "January 2019",
            "April 2019",
            "i-Three Analytics",
            "£20,000.00",
            "£112,422.87",
            PaymentView.WITHHELD)
        .doesNotContain(INDIVIDUAL, SOLE_TRADER, "£350.00", "£500.00</td>");
    String april = page("/open-data/spend-over-500?month=2019-04", nobody(), 200);
    assertThat(april).contains("Family Matters", "£112,422.87").doesNotContain("i-Three Analytics");
  }

  @Test
  void theCrimeReductionGrantsRegisterListsTheSaferInKentGrantsWithReasons() throws Exception {
    String csv = page("/open-data/crime-reduction-grants.csv", nobody(), 200);
    List<CsvReader.Row> rows =
        CsvReader.parse(
            "grants.csv",
            csv,
            List.of("Date", "Recipient", "Amount", "Purpose", "Conditions", "Reasons"));
    assertThat(rows)
        .extracting(r -> r.get("Date") + "|" + r.get("Recipient") + "|" + r.get("Amount"))
        .contains(
            "2018-11-09|Gravesham Network Development CIC|10000.00",
            "2018-11-14|Reform Restore Respect|10000.00");
    assertThat(rows)
        .filteredOn(r -> r.get("Recipient").equals("Reform Restore Respect"))
        .allSatisfy(r -> assertThat(r.get("Reasons")).contains("gang and knife"));
    // The 2024/25 crime reduction grants paid in the demo's first run carry their conditions.
    assertThat(rows)
        .filteredOn(r -> r.get("Date").equals("2024-07-31"))
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.get("Conditions")).contains("quarterly monitoring returns");
              assertThat(r.get("Reasons")).contains("crime prevention");
            });
    assertThat(page("/open-data/crime-reduction-grants", nobody(), 200))
        .contains("Gravesham Network Development CIC", "£10,000.00")
        .doesNotContain(INDIVIDUAL);
  }

  @Test
  void theContractsRegisterSplitsAtTenThousandPounds() throws Exception {
    String csv = page("/open-data/contracts.csv", nobody(), 200);
    List<CsvReader.Row> rows =
        CsvReader.parse("contracts.csv", csv, List.of("Contract", "Parties", "Value"));
    assertThat(rows)
        .filteredOn(r -> r.get("Contract").startsWith("ISVA and Sexual Violence Support"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("Parties")).contains("Family Matters");
              assertThat(r.get("Over £10,000")).isEqualTo("Yes");
            });
    rows.stream()
        .filter(r -> r.get("Value") != null)
        .forEach(
            r ->
                assertThat(r.get("Over £10,000"))
                    .isEqualTo(
                        Money.parse(r.get("Value")).isGreaterThan(Money.ofPounds(10_000))
                            ? "Yes"
                            : "No"));
    assertThat(page("/open-data/contracts", nobody(), 200))
        .contains("Contracts over £10,000", "Contracts of £10,000 or less");
    assertThat(page("/open-data", nobody(), 200)).contains("Payments over £500");
  }

  @Test
  void paymentsAreForStaffOnlyAndEachRoleDoesItsOwnPart() throws Exception {
    page("/payments", user("provider").roles("PROVIDER"), 403);
    page("/api/v1/payments", user("provider").roles("PROVIDER"), 403);
    page("/payments", user("assessor").roles("ASSESSOR"), 403);
    page("/payments", nobody(), 302);
    for (String role : List.of("OFFICER", "APPROVER", "AUDITOR", "FINANCE", "ADMIN")) {
      assertThat(page("/payments", user(role.toLowerCase()).roles(role), 200))
          .contains("i-Three Analytics");
      page("/payments/schedules", user(role.toLowerCase()).roles(role), 200);
      page("/payment-runs", user(role.toLowerCase()).roles(role), 200);
    }
    page("/payments/new", user("officer").roles("OFFICER"), 403);
    page("/payments/imports", user("officer").roles("OFFICER"), 403);
    page("/payments/approval-limits", user("finance").roles("FINANCE"), 403);
    page("/payments/approval-limits", user("admin").roles("ADMIN"), 200);
    // The API lists the seeds' payments with exact amounts.
    assertThat(page("/api/v1/payments?year=2019/20", user("auditor").roles("AUDITOR"), 200))
        .contains("\"amount\":\"112422.87\"");
  }

  @Test
  void financeUploadsMapsAndImportsAFileThroughThePages() throws Exception {
    var finance = user("finance").roles("FINANCE");
    String content =
        "Payment Date,Supplier Name,Net Amount,Transaction Ref,Cost Centre,Description\n"
            + "03/03/2025,Kent Police,\"2,400.00\",PAGES-1,Office costs,Data sharing licence\n";
    var mapped =
        mvc.perform(
                multipart("/payments/imports")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "march.csv",
                            "text/csv",
                            content.getBytes(StandardCharsets.UTF_8)))
                    .with(finance)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    String html = mapped.getContentAsString(StandardCharsets.UTF_8);
    assertThat(mapped.getStatus()).as(html).isEqualTo(200);
    assertThat(html).contains("Map the columns", "Data sharing licence", "PAGES-1");
    Matcher encoded = Pattern.compile("name=\"content\" value=\"([^\"]+)\"").matcher(html);
    assertThat(encoded.find()).isTrue();
    // The suggested mapping is selected on the form.
    assertThat(html).contains("<option value=\"Net Amount\" selected=\"selected\">");

    var refused =
        mvc.perform(
                post("/payments/imports/confirm")
                    .with(finance)
                    .with(csrf())
                    .param("fileName", "march.csv")
                    .param("content", encoded.group(1))
                    .param("mapping.date", "Payment Date")
                    .param("mapping.payee", "Supplier Name")
                    .param("mapping.reference", "Transaction Ref")
                    .param("mapping.purpose", "Description"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains("Choose the column that holds the amount", "href=\"#mapping-amount\"");

    var done =
        mvc.perform(
                post("/payments/imports/confirm")
                    .with(finance)
                    .with(csrf())
                    .param("fileName", "march.csv")
                    .param("content", encoded.group(1))
                    .param("mapping.date", "Payment Date")
                    .param("mapping.payee", "Supplier Name")
                    .param("mapping.amount", "Net Amount")
                    .param("mapping.reference", "Transaction Ref")
                    .param("mapping.costCentre", "Cost Centre")
                    .param("mapping.purpose", "Description")
                    .param("paymentClass", "EXPENDITURE"))
            .andReturn();
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/payments/imports");
    assertThat(done.getFlashMap().get("success")).asString().contains("1 payments imported");
    assertThat(payments.list(null, null, null))
        .filteredOn(p -> p.reference().equals("PAGES-1"))
        .singleElement()
        .satisfies(p -> assertThat(p.amount().plain()).isEqualTo("2400.00"));
    assertThat(page("/open-data/spend-over-500.csv", nobody(), 200))
        .contains("2025-03-03,Kent Police,2400.00,Data sharing licence,Office costs");
  }

  @Test
  void theApiRefusesTheSchedulerApprovingTheirOwnRun() throws Exception {
    ScheduledPaymentView s =
        payments.schedules("kooth-2024-25", ScheduledPaymentView.Status.DUE, null).get(0);
    var created =
        mvc.perform(
                post("/api/v1/payment-runs")
                    .with(user("finance").roles("FINANCE"))
                    .with(csrf())
                    .contentType("application/json")
                    .content("{\"paymentDate\":\"2024-10-04\",\"scheduled\":[" + s.id() + "]}"))
            .andReturn()
            .getResponse();
    String body = created.getContentAsString(StandardCharsets.UTF_8);
    assertThat(created.getStatus()).as(body).isEqualTo(201);
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
    assertThat(id.find()).isTrue();
    String approve = "/api/v1/payment-runs/" + id.group(1) + "/approve";
    var own =
        mvc.perform(post(approve).with(user("finance").roles("FINANCE")).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(own.getStatus()).isEqualTo(409);
    assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains("segregation of duties");
    var provider =
        mvc.perform(post(approve).with(user("provider").roles("PROVIDER")).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(provider.getStatus()).isEqualTo(403);
    var other =
        mvc.perform(post(approve).with(user("finance2").roles("FINANCE")).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(other.getStatus()).isEqualTo(200);
    assertThat(other.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"approvedBy\":\"finance2\"", "\"status\":\"PAID\"");
  }

  @Test
  void financeHoldsAndReleasesAScheduledPaymentOnThePage() throws Exception {
    var finance = user("finance").roles("FINANCE");
    ScheduledPaymentView s =
        payments.schedules("look-ahead-2024-25", ScheduledPaymentView.Status.DUE, null).get(0);
    assertThat(page("/payments/schedules?instrument=look-ahead-2024-25", finance, 200))
        .contains("Hold", s.amount().format());
    mvc.perform(
        post("/payments/schedules/" + s.id() + "/hold")
            .with(finance)
            .with(csrf())
            .param("reason", "Monitoring return overdue")
            .param("condition", "monitoring return 2024/25 Q3 accepted"));
    assertThat(payments.scheduled(s.id()).status()).isEqualTo(ScheduledPaymentView.Status.HELD);
    assertThat(page("/payments/schedules?instrument=look-ahead-2024-25&status=held", finance, 200))
        .contains("Monitoring return overdue", "until monitoring return 2024/25 Q3 accepted");
    var officer =
        mvc.perform(
                post("/payments/schedules/" + s.id() + "/release")
                    .with(user("officer").roles("OFFICER"))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(officer.getStatus()).isEqualTo(403);
    mvc.perform(post("/payments/schedules/" + s.id() + "/release").with(finance).with(csrf()));
    assertThat(payments.scheduled(s.id()).status()).isEqualTo(ScheduledPaymentView.Status.DUE);
  }

  @Test
  void financeRecordsAPaymentOnTheFormAndSeesEveryProblemNamed() throws Exception {
    var finance = user("finance").roles("FINANCE");
    assertThat(page("/payments/new", finance, 200)).contains("Record a payment");
    var refused =
        mvc.perform(
                post("/payments/new")
                    .with(finance)
                    .with(csrf())
                    .param("date", "31/2/2025")
                    .param("amount", "£56,77")
                    .param("payee", "Kent Police")
                    .param("purpose", "Training venue"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "href=\"#date\"",
            "is not a real date",
            "href=\"#amount\"",
            "Enter the payment reference",
            "Choose whether this is a crime and disorder reduction grant or expenditure");
    assertThat(payments.list(null, null, null))
        .noneMatch(p -> p.purpose().equals("Training venue"));
    var done =
        mvc.perform(
                post("/payments/new")
                    .with(finance)
                    .with(csrf())
                    .param("date", "3/2/2025")
                    .param("amount", "£5,677.00")
                    .param("payee", "Kent Police")
                    .param("reference", "FORM-1")
                    .param("costCentre", "Training")
                    .param("paymentClass", "EXPENDITURE")
                    .param("purpose", "Training venue"))
            .andReturn()
            .getResponse();
    assertThat(done.getRedirectedUrl()).isEqualTo("/payments");
    assertThat(page("/open-data/spend-over-500?month=2025-02", nobody(), 200))
        .contains("Training venue", "£5,677.00", "February 2025");
    String runs = page("/payment-runs", user("auditor").roles("AUDITOR"), 200);
    Matcher run = Pattern.compile("/payment-runs/(\\d+)").matcher(runs);
    assertThat(run.find()).isTrue();
    assertThat(page("/payment-runs/" + run.group(1), user("auditor").roles("AUDITOR"), 200))
        .contains("Payments in the run", "Approved by");
  }
}
