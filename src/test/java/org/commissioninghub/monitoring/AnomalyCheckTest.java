package org.commissioninghub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnomalyCheckTest {

  private static MetricDefinition measure(String code, String label) {
    return new MetricDefinition(
        1, code, label, "Support", Unit.COUNT, Aggregation.SUM, MetricKind.OUTPUT, null, null, 1);
  }

  private static final ReturnTemplate TEMPLATE =
      new ReturnTemplate(
          1,
          "t",
          "T",
          null,
          List.of(
              measure("REFERRALS", "Referrals received"),
              measure("SUPPORTED", "Individuals supported"),
              measure("WAITING_LIST", "Waiting")));

  @Test
  void aChangeOfMoreThanHalfIsFlaggedButNotSmallNumbersOrHalfExactly() {
    assertThat(
            AnomalyCheck.flags(
                TEMPLATE,
                Map.of("REFERRALS", 2_000L, "SUPPORTED", 400L, "WAITING_LIST", 9L),
                Map.of("REFERRALS", 900L, "SUPPORTED", 800L, "WAITING_LIST", 3L),
                "2024/25 Q2"))
        .containsExactly("Referrals received changed from 900 to 2,000 (+122%) since 2024/25 Q2");
    assertThat(
            AnomalyCheck.flags(
                TEMPLATE, Map.of("SUPPORTED", 300L), Map.of("SUPPORTED", 800L), "2024/25 Q2"))
        .containsExactly("Individuals supported changed from 800 to 300 (-63%) since 2024/25 Q2");
    assertThat(
            AnomalyCheck.flags(
                TEMPLATE, Map.of("REFERRALS", 150L), Map.of("REFERRALS", 100L), "Q1"))
        .isEmpty();
  }
}
