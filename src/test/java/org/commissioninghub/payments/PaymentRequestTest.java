package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The edge of the payments feature: each request's {@code toCommand()} reads text into typed
 * commands, or names every field it cannot read, with no database at all.
 */
class PaymentRequestTest {

  @Test
  void aPaymentAsTypedBecomesATypedCommand() {
    PaymentCommand c =
        new PaymentRequest(
                "1/4/2024",
                "£1,250.50",
                " Kent Police ",
                false,
                " FIN-1 ",
                "",
                "Office",
                "Vetting",
                "grant",
                "award-1",
                "42",
                "",
                null)
            .toCommand();
    assertThat(c.transaction())
        .isEqualTo(new Transaction(LocalDate.of(2024, 4, 1), Money.ofPence(125_050), "FIN-1"));
    assertThat(c.transaction().key()).isEqualTo("FIN-1|2024-04-01|125050");
    assertThat(c.payee()).isEqualTo("Kent Police");
    assertThat(c.disclosure())
        .isEqualTo(new Disclosure(PaymentClass.CDR_GRANT, "Vetting", "Office", null, null));
    assertThat(c.award()).isEqualTo("award-1");
    assertThat(c.awardLine()).isEqualTo(42L);
    assertThat(c.stream()).isNull();
  }

  @Test
  void everyMalformedFieldOfAPaymentIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                new PaymentRequest(
                        "31/02/2024",
                        "-5.00",
                        "x".repeat(301),
                        false,
                        "",
                        null,
                        "c".repeat(101),
                        "",
                        "cheque",
                        "award-1",
                        "first",
                        null,
                        null)
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException invalid = (InvalidInputException) e;
              assertThat(invalid.code()).isEqualTo("PAYMENT-6");
              assertThat(invalid.problems())
                  .extracting(FieldProblem::field)
                  .containsExactly(
                      "date",
                      "amount",
                      "reference",
                      "purpose",
                      "paymentClass",
                      "costCentre",
                      "awardLine",
                      "payee");
              assertThat(invalid.problems())
                  .extracting(FieldProblem::message)
                  .contains(
                      "The amount must be more than £0.00",
                      "Enter the payment reference",
                      "The award award-1 has no line first",
                      "The payee must be 300 characters or fewer");
            });
  }

  @Test
  void aScheduleIsReadWithItsDefaults() {
    ScheduleCommand c =
        new ScheduleRequest("award", " a-1 ", "instalments", "6", "2024/25", "", "", "", "")
            .toCommand();
    assertThat(c.instrumentType()).isEqualTo(ScheduleCommand.InstrumentType.AWARD);
    assertThat(c.instrument()).isEqualTo("a-1");
    assertThat(c.profile()).isEqualTo(PaymentProfile.INSTALMENTS);
    assertThat(c.instalments()).isEqualTo(6);
    assertThat(c.year()).isEqualTo(FinancialYear.parse("2024/25"));
    assertThat(c.paymentClass()).isEqualTo(PaymentClass.EXPENDITURE);
    assertThat(
            new ScheduleRequest("CONTRACT", "c", "ONE_OFF", "99", null, null, null, null, null)
                .toCommand()
                .instalments())
        .as("only INSTALMENTS reads the number of instalments")
        .isEqualTo(1);
  }

  @Test
  void aScheduleNamesEachFieldItCannotRead() {
    assertThatThrownBy(
            () ->
                new ScheduleRequest(
                        "loan", "a-1", "INSTALMENTS", "13", "2024", "x", null, null, null)
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("instalments", "year", "paymentClass", "instrumentType"));
    assertThatThrownBy(
            () ->
                new ScheduleRequest("loan", " ", null, null, null, null, null, null, null)
                    .toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .as("no instrument: its type is not asked about")
                    .containsExactly("profile", "instrument"));
  }

  @Test
  void runsHoldsLimitsAndImportsAreReadAtTheEdge() {
    RunCommand run = new RunRequest("2024-10-01", "", null).toCommand();
    assertThat(run.dueBy())
        .as("due by the payment date when not given")
        .isEqualTo(run.paymentDate());
    assertThat(run.scheduled()).isEmpty();
    assertThatThrownBy(() -> new RunRequest(null, "soon", null).toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("paymentDate", "dueBy"));
    assertThat(new HoldRequest(" Late ", " ").toCommand()).isEqualTo(new HoldCommand("Late", null));
    assertThatThrownBy(() -> new HoldRequest("", "c".repeat(501)).toCommand())
        .isInstanceOf(InvalidInputException.class);
    assertThat(new LimitRequest(" finance ", "250,000").toCommand())
        .isEqualTo(new LimitCommand("finance", Money.ofPounds(250_000)));
    assertThatThrownBy(() -> new LimitRequest("finance", "-1").toCommand())
        .isInstanceOf(InvalidInputException.class);
    ImportCommand file =
        new ImportRequest(
                null,
                "a,b\n1,2\n",
                Map.of(
                    "date", "a", "payee", "b", "amount", "a", "reference", "b", "purpose", " b "),
                null)
            .toCommand();
    assertThat(file.fileName()).isEqualTo("upload.csv");
    assertThat(file.mapping()).containsEntry("purpose", "b");
    assertThat(file.defaultClass()).isEqualTo(PaymentClass.EXPENDITURE);
    assertThatThrownBy(
            () -> new ImportRequest("f.csv", " ", Map.of("nonsense", "a"), null).toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .contains("file", "mapping", "mapping.date", "mapping.purpose"));
  }
}
