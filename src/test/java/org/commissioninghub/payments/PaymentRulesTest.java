package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioninghub.awards.AwardLineView;
import org.commissioninghub.awards.Awards;
import org.commissioninghub.funding.FundingStreams;
import org.commissioninghub.identity.Actors;
import org.commissioninghub.shared.Actor;
import org.commissioninghub.shared.ConflictException;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.commissioninghub.support.DatabaseSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payment rules on the demo data: never more paid than awarded, held payments kept out of runs,
 * segregation of duties and approval limits, and an import that is all or nothing and idempotent.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:paymentrules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "commissioning.demo.load-on-start=true"
    })
class PaymentRulesTest {

  static final FinancialYear YEAR = FinancialYear.parse("2024/25");

  @Autowired Payments payments;
  @Autowired Awards awards;
  @Autowired FundingStreams streams;
  @Autowired Actors actors;
  @Autowired JdbcClient jdbc;

  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> all = new LinkedHashMap<>(DatabaseSnapshot.of(jdbc));
    for (String table :
        List.of(
            "scheduled_payment", "payment", "payment_run", "payment_import", "approval_limit")) {
      all.put(
          table,
          jdbc
              .sql("SELECT * FROM " + table)
              .query(
                  (rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                      row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                  })
              .list()
              .stream()
              .sorted()
              .toList());
    }
    return all;
  }

  private Actor finance() {
    return actors.byName("finance");
  }

  private ScheduledPaymentView due(String award, int quarter) {
    return payments.schedules(award, ScheduledPaymentView.Status.DUE, YEAR).stream()
        .filter(s -> s.quarter() == quarter)
        .findFirst()
        .orElseThrow();
  }

  private static PaymentCommand against(String award, String amount, String reference) {
    return new PaymentRequest(
            "2024-09-01",
            amount,
            null,
            false,
            reference,
            null,
            null,
            "Additional payment",
            "EXPENDITURE",
            award,
            null,
            null,
            null)
        .toCommand();
  }

  @Test
  void theSeedPaymentsAreRecordedAndCountTowardsTheirStreamsAndAwards() {
    long sikf = streams.get("pcc-safer-in-kent-fund-2018-19").id();
    assertThat(payments.paidByStream(FinancialYear.parse("2018/19")).get(sikf))
        .isEqualTo(Money.parse("£20,000.00"));
    long moj2019 = streams.get("moj-victim-services-grant-2019-20").id();
    assertThat(payments.paidByStream(FinancialYear.parse("2019/20")).get(moj2019))
        .isEqualTo(Money.parse("£112,422.87"));
    PaymentView gravesham =
        payments.list(null, PaymentClass.CDR_GRANT, null).stream()
            .filter(p -> p.payeeName().equals("Gravesham Network Development CIC"))
            .findFirst()
            .orElseThrow();
    assertThat(gravesham.date()).hasToString("2018-11-09");
    assertThat(payments.paidFor(gravesham.awardPublicId())).isEqualTo(Money.parse("£10,000.00"));
    // The demo's first run paid the quarters due by 25 July 2024, so aafda has two of four.
    assertThat(payments.paidFor("aafda-2024-25")).isEqualTo(Money.parse("£11,100.00"));
    // Paid by stream for 2024/25 is the sum of the payments of that year, by stream.
    Map<Long, Money> byStream = new LinkedHashMap<>();
    payments.list(YEAR, null, null).stream()
        .filter(p -> p.streamId() != null)
        .forEach(p -> byStream.merge(p.streamId(), p.amount(), Money::plus));
    assertThat(payments.paidByStream(YEAR)).isEqualTo(byStream);
  }

  @Test
  void aLineIsNeverPaidMoreThanAwardedAndTheRefusalNamesTheFigures() {
    AwardLineView line = awards.get("brake-2024-25").lines().get(0);
    Money already = payments.paidFor("brake-2024-25");
    Money left = line.amount().minus(already);
    var before = snapshot();
    assertThatThrownBy(
            () ->
                payments.record(
                    finance(),
                    against("brake-2024-25", left.plus(Money.ofPence(1)).plain(), "X-1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(line.amount().format() + " awarded")
        .hasMessageContaining(already.format() + " already paid")
        .hasMessageContaining(left.format() + " left");
    assertThat(snapshot()).isEqualTo(before);

    // Exactly what is left is accepted; then the schedule's next instalment would overpay, so a
    // run holding it cannot be approved.
    payments.record(finance(), against("brake-2024-25", left.plain(), "X-2"));
    assertThat(payments.paidFor("brake-2024-25")).isEqualTo(line.amount());
    ScheduledPaymentView next = due("brake-2024-25", 3);
    PaymentRunView run =
        payments.createRun(
            finance(), new RunRequest("2024-10-01", null, List.of(next.id())).toCommand());
    var beforeApproval = snapshot();
    assertThatThrownBy(() -> payments.approveRun(actors.byName("admin"), run.id()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than the " + line.amount().format() + " awarded");
    assertThat(snapshot()).isEqualTo(beforeApproval);
  }

  @Test
  void aHeldPaymentStaysOutOfRunsUntilReleased() {
    ScheduledPaymentView demoHeld =
        payments
            .schedules("kent-crimestoppers-2024-25", ScheduledPaymentView.Status.HELD, YEAR)
            .get(0);
    assertThat(demoHeld.holdCondition()).isEqualTo("monitoring return 2024/25 Q1 accepted");

    ScheduledPaymentView s = due("choice-support-2024-25", 3);
    assertThatThrownBy(
            () -> payments.hold(finance(), s.id(), new HoldRequest(" ", null).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Enter why the payment is held");
    ScheduledPaymentView held =
        payments.hold(
            finance(),
            s.id(),
            new HoldRequest("Return late", "monitoring return 2024/25 Q2 accepted").toCommand());
    assertThat(held.status()).isEqualTo(ScheduledPaymentView.Status.HELD);
    var before = snapshot();
    assertThatThrownBy(
            () ->
                payments.createRun(
                    finance(), new RunRequest("2024-10-01", null, List.of(s.id())).toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is held (Return late): release it before it can go in a run");
    assertThat(snapshot()).isEqualTo(before);

    ScheduledPaymentView released = payments.release(actors.byName("finance2"), s.id());
    assertThat(released.status()).isEqualTo(ScheduledPaymentView.Status.DUE);
    assertThat(released.releasedBy()).isEqualTo("finance2");
    assertThatThrownBy(() -> payments.release(finance(), s.id()))
        .isInstanceOf(ConflictException.class);

    // The monitoring hook releases what is held for an instrument's quarter, and nothing else.
    payments.hold(finance(), s.id(), new HoldRequest("Return late", null).toCommand());
    assertThat(payments.releaseHeldFor("choice-support-2024-25", YEAR, 2, "officer")).isEmpty();
    List<ScheduledPaymentView> hooked =
        payments.releaseHeldFor("choice-support-2024-25", YEAR, 3, "officer");
    assertThat(hooked).extracting(ScheduledPaymentView::id).containsExactly(s.id());
    assertThat(payments.scheduled(s.id()).status()).isEqualTo(ScheduledPaymentView.Status.DUE);

    ScheduledPaymentView paid =
        payments.schedules("choice-support-2024-25", ScheduledPaymentView.Status.PAID, YEAR).get(0);
    assertThatThrownBy(
            () -> payments.hold(finance(), paid.id(), new HoldRequest("x", null).toCommand()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Only a due payment can be held");
  }

  @Test
  void whoeverPutsARunTogetherCannotApproveItAndApproversKeepToTheirLimits() {
    ScheduledPaymentView s = due("daisy-chain-2024-25", 3);
    PaymentRunView run =
        payments.createRun(
            finance(), new RunRequest("2024-10-02", null, List.of(s.id())).toCommand());
    assertThat(run.total()).isEqualTo(s.amount());
    assertThat(payments.scheduled(s.id()).status()).isEqualTo(ScheduledPaymentView.Status.IN_RUN);

    var before = snapshot();
    assertThatThrownBy(() -> payments.approveRun(finance(), run.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("You put payment run " + run.id() + " together")
        .hasMessageContaining("segregation of duties");
    assertThatThrownBy(() -> payments.approveRun(actors.byName("officer"), run.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Only a finance officer or an administrator");
    assertThat(snapshot()).isEqualTo(before);

    // finance2's run above finance's limit is refused with the limit shown.
    Actor admin = actors.byName("admin");
    assertThatThrownBy(
            () ->
                payments.setLimit(
                    finance(), new LimitRequest("finance", "£9,999,999.00").toCommand()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Only an administrator");
    payments.setLimit(admin, new LimitRequest("finance", "£100.00").toCommand());
    ScheduledPaymentView big = due("haco-2024-25", 3);
    assertThat(big.amount().isGreaterThan(Money.parse("£100.00"))).isTrue();
    PaymentRunView second =
        payments.createRun(
            actors.byName("finance2"),
            new RunRequest("2024-10-03", null, List.of(big.id())).toCommand());
    var beforeLimit = snapshot();
    assertThatThrownBy(() -> payments.approveRun(finance(), second.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("totals " + big.amount().format())
        .hasMessageContaining("above your approval limit of £100.00");
    assertThat(snapshot()).isEqualTo(beforeLimit);
    payments.setLimit(admin, new LimitRequest("finance", "£250,000.00").toCommand());

    // Another finance officer approves: the payments are paid on the run's date.
    Money paidBefore = payments.paidFor("daisy-chain-2024-25");
    PaymentRunView approved = payments.approveRun(actors.byName("finance2"), run.id());
    assertThat(approved.status()).isEqualTo(PaymentRunView.Status.APPROVED);
    assertThat(approved.approvedBy()).isEqualTo("finance2");
    assertThat(payments.scheduled(s.id()).status()).isEqualTo(ScheduledPaymentView.Status.PAID);
    assertThat(payments.paidFor("daisy-chain-2024-25")).isEqualTo(paidBefore.plus(s.amount()));
    PaymentView paid =
        payments.list(YEAR, null, "daisy-chain-2024-25").stream()
            .filter(p -> s.id() == (p.scheduledPaymentId() == null ? -1 : p.scheduledPaymentId()))
            .findFirst()
            .orElseThrow();
    assertThat(paid.date()).hasToString("2024-10-02");
    assertThat(paid.runId()).isEqualTo(run.id());
    assertThatThrownBy(() -> payments.approveRun(admin, run.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already approved");
  }

  private static ImportCommand file(String name, String content) {
    return request(name, content).toCommand();
  }

  private static ImportRequest request(String name, String content) {
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("date", "Payment Date");
    mapping.put("payee", "Supplier Name");
    mapping.put("amount", "Net Amount");
    mapping.put("reference", "Transaction Ref");
    mapping.put("costCentre", "Cost Centre");
    mapping.put("purpose", "Description");
    return new ImportRequest(name, content, mapping, "EXPENDITURE");
  }

  @Test
  void anImportIsAllOrNothingIdempotentAndPaysMatchingScheduledPayments() {
    ScheduledPaymentView hourglass = due("hourglass-2024-25", 3);
    String header =
        "Payment Date,Supplier Name,Net Amount,Transaction Ref,Cost Centre,Description\n";
    String good =
        header
            + "05/10/2024,"
            + hourglass.payeeName()
            + ","
            + hourglass.amount().plain()
            + ",FIN-1001,Victim services,Hourglass Q3 grant\n"
            + "12/10/2024,Kent Police,\"1,250.00\",FIN-1002,Office costs,Vetting checks\n";
    String bad =
        header
            + "05/10/2024,Hourglass,100.00,FIN-2001,Victim services,Fine row\n"
            + "06/10/2024,Kent Police,\"12,34\",FIN-2002,Office costs,Bad amount\n"
            + "31/02/2024,Kent Police,10.00,,Office costs,Bad date and no reference\n";

    var before = snapshot();
    assertThatThrownBy(() -> payments.importCsv(finance(), file("bad.csv", bad)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(p -> p.message())
                    .anySatisfy(
                        m -> assertThat(m).startsWith("row 3, column Net Amount: \"12,34\""))
                    .anySatisfy(m -> assertThat(m).startsWith("row 4, column Payment Date: "))
                    .anySatisfy(
                        m -> assertThat(m).startsWith("row 4, column Transaction Ref: enter")));
    assertThat(snapshot()).isEqualTo(before);

    // A mapping without the amount is refused before any row is read.
    ImportRequest unmapped = request("good.csv", good);
    unmapped.mapping().remove("amount");
    assertThatThrownBy(() -> payments.importCsv(finance(), unmapped.toCommand()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Choose the column that holds the amount");
    assertThat(snapshot()).isEqualTo(before);

    ImportResult first = payments.importCsv(finance(), file("good.csv", good));
    assertThat(first.added()).isEqualTo(2);
    assertThat(first.scheduledMatched()).isEqualTo(1);
    assertThat(payments.scheduled(hourglass.id()).status())
        .isEqualTo(ScheduledPaymentView.Status.PAID);
    List<PaymentView> imported =
        payments.list(null, null, null).stream()
            .filter(p -> first.importId().equals(p.importId()))
            .toList();
    assertThat(imported)
        .extracting(p -> p.amount().plain())
        .containsExactlyInAnyOrder(hourglass.amount().plain(), "1250.00");

    // The same file again, and the same transactions in another layout, change nothing.
    var afterFirst = snapshot();
    ImportResult again = payments.importCsv(finance(), file("good.csv", good));
    assertThat(again.sameFileAsBefore()).isTrue();
    assertThat(again.added()).isZero();
    assertThat(snapshot()).isEqualTo(afterFirst);
    String reordered =
        "Ref,Amount,Date,Payee,Purpose\r\n"
            + "FIN-1002,1250.00,2024-10-12,Kent Police,Vetting checks (re-exported)\r\n"
            + "FIN-1001,"
            + hourglass.amount().plain()
            + ",2024-10-05,"
            + hourglass.payeeName()
            + ",Hourglass\r\n";
    ImportResult reexport =
        payments.importCsv(
            finance(),
            new ImportRequest(
                    "export-2.csv",
                    reordered,
                    Map.of(
                        "date", "Date",
                        "payee", "Payee",
                        "amount", "Amount",
                        "reference", "Ref",
                        "purpose", "Purpose"),
                    null)
                .toCommand());
    assertThat(reexport.added()).isZero();
    assertThat(reexport.alreadyImported()).isEqualTo(2);
    assertThat(snapshot()).isEqualTo(afterFirst);
  }

  @Test
  void theUploadSuggestsAColumnForEachFieldFromItsName() {
    ImportPreview preview =
        payments.preview(
            "finance.csv",
            "Payment Date,Supplier Name,Net Amount,Transaction Ref,Cost Centre,Description,Other\n"
                + "05/10/2024,Hourglass,10.00,FIN-1,Victims,Grant,x\n");
    assertThat(preview.suggested())
        .containsEntry("date", "Payment Date")
        .containsEntry("payee", "Supplier Name")
        .containsEntry("amount", "Net Amount")
        .containsEntry("reference", "Transaction Ref")
        .containsEntry("costCentre", "Cost Centre")
        .containsEntry("purpose", "Description")
        .doesNotContainKey("stream");
    assertThat(preview.firstRows()).hasSize(1);
    assertThat(preview.firstRows().get(0)).contains("Hourglass", "10.00");
  }
}
