package org.commissioninghub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.commissioninghub.shared.FinancialYear;
import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;

/** The split rule, property-tested over random amounts and counts, and the profiles' due dates. */
class SplitTest {

  @Test
  void instalmentsAlwaysSumToTheAmountExactlyWithTheRemainderOnTheLast() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      long pence =
          switch (i % 4) {
            case 0 -> random.nextInt(100); // less than a pound: some instalments are zero
            case 1 -> random.nextInt(10_000_000);
            case 2 -> (long) (random.nextDouble() * 1_000_000_000_000L);
            default -> random.nextLong(Long.MAX_VALUE / 2);
          };
      int count = 1 + random.nextInt(PaymentProfile.MAX_INSTALMENTS);
      Money amount = Money.ofPence(pence);
      List<Money> parts = Split.equalInstalments(amount, count);
      String why = "seed " + seed + ": " + amount.plain() + " in " + count;
      assertThat(parts).as(why).hasSize(count);
      assertThat(parts.stream().mapToLong(Money::pence).sum()).as(why).isEqualTo(pence);
      long each = pence / count;
      for (int k = 0; k < count - 1; k++) {
        assertThat(parts.get(k).pence()).as(why).isEqualTo(each);
      }
      long last = parts.get(count - 1).pence();
      assertThat(last - each).as(why).isBetween(0L, (long) count - 1);
    }
  }

  @Test
  void aHundredPoundsInThreeIsTwoRoundedDownAndTheRemainderLast() {
    assertThat(Split.equalInstalments(Money.parse("£100.00"), 3))
        .extracting(Money::plain)
        .containsExactly("33.33", "33.33", "33.34");
    assertThat(Split.equalInstalments(Money.parse("£112,422.87"), 4))
        .extracting(Money::plain)
        .containsExactly("28105.71", "28105.71", "28105.71", "28105.74");
    assertThatThrownBy(() -> Split.equalInstalments(Money.parse("£1.00"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyProfileSumsToTheLineAndFallsDueOnItsDocumentedDates() {
    FinancialYear year = FinancialYear.parse("2024/25");
    Money line = Money.parse("£22,200.01");
    assertThat(PaymentProfile.QUARTERLY_IN_ADVANCE.plan(year, line, 0))
        .extracting(PaymentProfile.Planned::due)
        .containsExactly(
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 7, 1),
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2025, 1, 1));
    assertThat(PaymentProfile.QUARTERLY_IN_ARREARS.plan(year, line, 0))
        .extracting(PaymentProfile.Planned::due)
        .containsExactly(
            LocalDate.of(2024, 7, 25),
            LocalDate.of(2024, 10, 25),
            LocalDate.of(2025, 1, 25),
            LocalDate.of(2025, 4, 25));
    assertThat(PaymentProfile.QUARTERLY_IN_ARREARS.plan(year, line, 0))
        .extracting(PaymentProfile.Planned::quarter)
        .containsExactly(1, 2, 3, 4);
    assertThat(PaymentProfile.INSTALMENTS.plan(year, line, 6))
        .extracting(PaymentProfile.Planned::due)
        .containsExactly(
            LocalDate.of(2024, 4, 1),
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 8, 1),
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2024, 12, 1),
            LocalDate.of(2025, 2, 1));
    assertThat(PaymentProfile.ONE_OFF.plan(year, line, 0))
        .extracting(PaymentProfile.Planned::amount)
        .containsExactly(line);
    for (PaymentProfile profile : PaymentProfile.values()) {
      for (int n = 1; n <= PaymentProfile.MAX_INSTALMENTS; n++) {
        assertThat(
                profile.plan(year, line, n).stream()
                    .map(PaymentProfile.Planned::amount)
                    .reduce(Money.ZERO, Money::plus))
            .as(profile + " " + n)
            .isEqualTo(line);
      }
    }
    assertThatThrownBy(() -> PaymentProfile.INSTALMENTS.plan(year, line, 13))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
