package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.commissioninghub.shared.FinancialYear;
import org.junit.jupiter.api.Test;

class ReturnPeriodTest {

  private static final FinancialYear Y2024 = FinancialYear.parse("2024/25");

  @Test
  void quartersRunFromAprilAndAreDueAtTheEndOfTheFollowingMonth() {
    ReturnPeriod q1 = new ReturnPeriod(Y2024, 1);
    assertThat(q1.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(q1.dueOn()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(q1.label()).isEqualTo("2024/25 Q1 (April to June 2024)");
    ReturnPeriod q3 = new ReturnPeriod(Y2024, 3);
    assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(q3.dueOn()).isEqualTo(LocalDate.of(2025, 1, 31));
    ReturnPeriod q4 = new ReturnPeriod(Y2024, 4);
    assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(q4.dueOn()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(q4.label()).isEqualTo("2024/25 Q4 (January to March 2025)");
    assertThatThrownBy(() -> new ReturnPeriod(Y2024, 5)).hasMessageContaining("1 to 4");
  }

  @Test
  void aYearsValueIsMadeFromItsQuartersAsTheMeasureSays() {
    assertThat(Aggregation.SUM.of(Arrays.asList(10L, null, 5L, 7L))).isEqualTo(22L);
    // 10 and 11 average 10.5, rounded half up.
    assertThat(Aggregation.AVERAGE.of(Arrays.asList(10L, 11L, null, null))).isEqualTo(11L);
    assertThat(Aggregation.AVERAGE.of(Arrays.asList(3L, 3L, 4L))).isEqualTo(3L);
    assertThat(Aggregation.LATEST.of(Arrays.asList(40L, 35L, null, null))).isEqualTo(35L);
    assertThat(Aggregation.MAX.of(Arrays.asList(4L, 9L, 2L, null))).isEqualTo(9L);
    assertThat(Aggregation.SUM.of(Arrays.asList(null, null, null, null))).isNull();
  }

  @Test
  void aReturnIsOverdueOnlyWhileOwedAndPastItsDueDate() {
    ReturnPeriod q1 = new ReturnPeriod(Y2024, 1);
    MonitoringReturnView due =
        new MonitoringReturnView(
            1,
            1,
            "a",
            null,
            "A",
            1L,
            "Org",
            "victim-services",
            q1,
            q1.dueOn(),
            ReturnStatus.DUE,
            null,
            null,
            null);
    assertThat(due.overdueOn(LocalDate.of(2024, 7, 31))).isFalse();
    assertThat(due.overdueOn(LocalDate.of(2024, 8, 1))).isTrue();
    assertThat(due.daysLate(LocalDate.of(2024, 8, 10))).isEqualTo(10);
    MonitoringReturnView accepted =
        new MonitoringReturnView(
            1,
            1,
            "a",
            null,
            "A",
            1L,
            "Org",
            "victim-services",
            q1,
            q1.dueOn(),
            ReturnStatus.ACCEPTED,
            null,
            null,
            null);
    assertThat(accepted.overdueOn(LocalDate.of(2025, 1, 1))).isFalse();
  }
}
