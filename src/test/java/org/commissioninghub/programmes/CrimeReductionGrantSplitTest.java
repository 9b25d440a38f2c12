package org.commissioninghub.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import org.commissioninghub.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrimeReductionGrantSplitTest {

  @Test
  void reproducesTheKcspSplitFor2024() {
    // seeds/004: £39,661 = £13,221 tactical + £26,440 upfront.
    CrimeReductionGrantSplit split = CrimeReductionGrantSplit.of(Money.ofPounds(39_661));
    assertThat(split.upfront()).isEqualTo(Money.ofPounds(26_440));
    assertThat(split.tactical()).isEqualTo(Money.ofPounds(13_221));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 100, 3_999_999, 5_583_85_00L, 12_345_67})
  void thePartsAlwaysAddUpToTheAllocation(long pence) {
    CrimeReductionGrantSplit split = CrimeReductionGrantSplit.of(Money.ofPence(pence));
    assertThat(split.upfront().plus(split.tactical())).isEqualTo(Money.ofPence(pence));
    assertThat(split.upfront().pence() % 100).isZero();
    assertThat(split.tactical().isNegative()).isFalse();
  }

  @Test
  void approvedBusinessCasesCanNeverExceedTheUpfrontPart() {
    CrimeReductionGrantSplit split = CrimeReductionGrantSplit.of(Money.ofPounds(39_661));
    // seeds/004: the seven proposals total £26,278 if "£6,00" meant £6,000; £162 of headroom.
    Money approved = Money.ofPounds(26_278);
    assertThat(split.fitsUpfront(Money.ZERO, approved)).isTrue();
    assertThat(split.fitsUpfront(approved, Money.ofPounds(162))).isTrue();
    assertThat(split.fitsUpfront(approved, Money.ofPounds(163))).isFalse();
  }
}
