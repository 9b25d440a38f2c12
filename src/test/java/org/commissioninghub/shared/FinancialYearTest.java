package org.commissioninghub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @Test
  void runsFromFirstAprilToThirtyFirstMarch() {
    FinancialYear year = FinancialYear.parse("2024/25");
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(year.label()).isEqualTo("2024/25");
  }

  @Test
  void findsTheYearOfADate() {
    assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31)).label()).isEqualTo("2024/25");
    assertThat(FinancialYear.containing(LocalDate.of(2025, 4, 1)).label()).isEqualTo("2025/26");
    assertThat(FinancialYear.parse("1999/00").next().label()).isEqualTo("2000/01");
  }

  @Test
  void quartersStartInApril() {
    FinancialYear year = FinancialYear.parse("2019/20");
    assertThat(year.quarter(1).start()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(year.quarter(1).end()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(year.quarter(4).start()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(year.quarter(4).end()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(Quarter.containing(LocalDate.of(2019, 4, 25)).label()).isEqualTo("Q1 2019/20");
    assertThat(Quarter.containing(LocalDate.of(2020, 2, 1)).label()).isEqualTo("Q4 2019/20");
    assertThatThrownBy(() -> year.quarter(5)).hasMessageContaining("1 to 4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"202/24", "2024/26", "2024-25", "2024/2025", "24/25", "", "FY24"})
  void refusesWhatIsNotAFinancialYear(String text) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(InvalidFinancialYearException.class)
        .hasMessageContaining("financial year");
  }

  @Test
  void explainsTheNearMiss() {
    assertThatThrownBy(() -> FinancialYear.parse("2024/26")).hasMessageContaining("2024/25");
  }
}
