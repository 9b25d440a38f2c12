package org.commissioninghub.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.commissioninghub.shared.FieldProblem;
import org.commissioninghub.shared.InvalidInputException;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** A contract's edge: the term worked out from the dates, every unreadable field named. */
class ContractRequestTest {

  private static ContractRequest contract(String months, String start, String end, String lots) {
    return new ContractRequest(
        null,
        "ISVA service",
        null,
        "2024/25",
        null,
        start,
        months,
        end,
        "12",
        "2",
        "100,000.00",
        null,
        "quarterly",
        null,
        null,
        null,
        lots == null ? null : List.of(new ContractRequest.LotRequest(" ", lots, "£5", null)),
        null,
        null,
        null,
        null);
  }

  @Test
  void theTermIsWorkedOutFromTheDatesAndWhatIsUnsaidIsSettledLater() {
    ContractCommand c = contract(null, "2024-04-01", "2027-03-31", "victim-support").toCommand();
    assertThat(c.term().initialTermMonths()).isEqualTo(36);
    assertThat(c.term().noticeMonths()).as("not said").isNull();
    assertThat(c.details().victimService()).isNull();
    assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(c.value().annual()).isEqualTo(Money.ofPounds(100_000));
    assertThat(c.value().paymentFrequency()).isEqualTo(PaymentFrequency.QUARTERLY);
    assertThat(c.lots())
        .containsExactly(
            new ContractCommand.Lot("Lot 1", "victim-support", Money.ofPounds(5), null));
    ContractCommand settled = c.settled(null);
    assertThat(settled.term().noticeMonths()).isEqualTo(ContractTerm.DEFAULT_NOTICE_MONTHS);
    assertThat(settled.details().victimService()).isFalse();
    assertThat(contract("12", "2024-04-01", null, null).toCommand().term().initialEnd())
        .isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(contract("12", "2024-04-01", null, null).toCommand().lots())
        .as("no lots sent: a change keeps the lots")
        .isNull();
  }

  @Test
  void aTermThatDoesNotMatchItsDatesAndALotWithoutASupplierAreNamed() {
    assertThatThrownBy(() -> contract("48", "2024-04-01", "2027-03-31", "").toCommand())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("initialTermMonths", "lots[0].supplier"));
  }
}
