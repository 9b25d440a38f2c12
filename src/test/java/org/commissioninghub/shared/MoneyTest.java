package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({
    "'£1,029,766.00', 102976600",
    "1029766, 102976600",
    "31841.60, 3184160",
    "'£21,106.92', 2110692",
    "£0.01, 1",
    "'  £35,000 ', 3500000",
    "-£15.00, -1500"
  })
  void parsesAmountsAsOfficersWriteThem(String text, long pence) {
    assertThat(Money.parse(text).pence()).isEqualTo(pence);
  }

  @Test
  void refusesTheDamagedFiguresInTheSeedDocuments() {
    assertThatThrownBy(() -> Money.parse("£56,77"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageContaining("£56,77")
        .hasMessageContaining("groups of three digits");
    assertThatThrownBy(() -> Money.parse("£6,00"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageContaining("groups of three digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.5", "£1,0000", "1.234", "£", "abc", "12,34.00", "1 2 3x", "£1.2.3"})
  void refusesOtherMalformedAmounts(String text) {
    assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(InvalidMoneyException.class);
  }

  @Test
  void refusesBlank() {
    assertThatThrownBy(() -> Money.parse(" ")).hasMessageContaining("enter an amount");
  }

  @Test
  void formatsForReportsAndFiles() {
    Money money = Money.ofPence(211362751);
    assertThat(money.format()).isEqualTo("£2,113,627.51");
    assertThat(money.plain()).isEqualTo("2113627.51");
    assertThat(Money.ofPence(-1500).format()).isEqualTo("-£15.00");
    assertThat(Money.ZERO.format()).isEqualTo("£0.00");
  }

  @Test
  void addsExactlyWhereDoublesWouldDrift() {
    Money total = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      total = total.plus(Money.parse("0.10"));
    }
    assertThat(total).isEqualTo(Money.ofPounds(1));
    assertThat(Money.parse("3950840.82").minus(Money.parse("2113627.51")))
        .isEqualTo(Money.parse("1837213.31"));
  }

  @Test
  void comparesByValue() {
    assertThat(Money.ofPounds(2).isGreaterThan(Money.ofPence(199))).isTrue();
    assertThat(Money.ofPounds(1).compareTo(Money.ofPence(100))).isZero();
  }
}
